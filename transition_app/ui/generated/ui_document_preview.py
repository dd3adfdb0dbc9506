# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_preview.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QToolButton,
    QVBoxLayout, QWidget)

class Ui_DocumentPreviewDialog(object):
    def setupUi(self, DocumentPreviewDialog):
        if not DocumentPreviewDialog.objectName():
            DocumentPreviewDialog.setObjectName(u"DocumentPreviewDialog")
        DocumentPreviewDialog.resize(860, 900)
        self.dialogLayout = QVBoxLayout(DocumentPreviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.navigationLayout = QHBoxLayout()
        self.navigationLayout.setObjectName(u"navigationLayout")
        self.previousButton = QToolButton(DocumentPreviewDialog)
        self.previousButton.setObjectName(u"previousButton")

        self.navigationLayout.addWidget(self.previousButton)

        self.pageLabel = QLabel(DocumentPreviewDialog)
        self.pageLabel.setObjectName(u"pageLabel")

        self.navigationLayout.addWidget(self.pageLabel)

        self.pageSpin = QSpinBox(DocumentPreviewDialog)
        self.pageSpin.setObjectName(u"pageSpin")
        self.pageSpin.setMinimum(1)

        self.navigationLayout.addWidget(self.pageSpin)

        self.pageCountLabel = QLabel(DocumentPreviewDialog)
        self.pageCountLabel.setObjectName(u"pageCountLabel")

        self.navigationLayout.addWidget(self.pageCountLabel)

        self.nextButton = QToolButton(DocumentPreviewDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.navigationLayout.addWidget(self.nextButton)

        self.navigationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navigationLayout.addItem(self.navigationSpacer)

        self.zoomOutButton = QToolButton(DocumentPreviewDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.navigationLayout.addWidget(self.zoomOutButton)

        self.zoomCombo = QComboBox(DocumentPreviewDialog)
        self.zoomCombo.setObjectName(u"zoomCombo")

        self.navigationLayout.addWidget(self.zoomCombo)

        self.zoomInButton = QToolButton(DocumentPreviewDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.navigationLayout.addWidget(self.zoomInButton)


        self.dialogLayout.addLayout(self.navigationLayout)

        self.viewContainer = QWidget(DocumentPreviewDialog)
        self.viewContainer.setObjectName(u"viewContainer")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.viewContainer.sizePolicy().hasHeightForWidth())
        self.viewContainer.setSizePolicy(sizePolicy)
        self.viewLayout = QVBoxLayout(self.viewContainer)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(0, 0, 0, 0)

        self.dialogLayout.addWidget(self.viewContainer)

        self.privacyLabel = QLabel(DocumentPreviewDialog)
        self.privacyLabel.setObjectName(u"privacyLabel")
        self.privacyLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.privacyLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.printButton = QPushButton(DocumentPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.savePdfButton = QPushButton(DocumentPreviewDialog)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.buttonLayout.addWidget(self.savePdfButton)

        self.saveDocxButton = QPushButton(DocumentPreviewDialog)
        self.saveDocxButton.setObjectName(u"saveDocxButton")

        self.buttonLayout.addWidget(self.saveDocxButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(DocumentPreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.pageLabel.setBuddy(self.pageSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.previousButton, self.pageSpin)
        QWidget.setTabOrder(self.pageSpin, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.zoomOutButton)
        QWidget.setTabOrder(self.zoomOutButton, self.zoomCombo)
        QWidget.setTabOrder(self.zoomCombo, self.zoomInButton)
        QWidget.setTabOrder(self.zoomInButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.saveDocxButton)
        QWidget.setTabOrder(self.saveDocxButton, self.buttonBox)

        self.retranslateUi(DocumentPreviewDialog)

        QMetaObject.connectSlotsByName(DocumentPreviewDialog)
    # setupUi

    def retranslateUi(self, DocumentPreviewDialog):
        DocumentPreviewDialog.setWindowTitle(QCoreApplication.translate("DocumentPreviewDialog", u"Preview", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Previous page (Page Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("DocumentPreviewDialog", u"Previous page", None))
#endif // QT_CONFIG(accessibility)
        self.previousButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"\u25c0", None))
        self.pageLabel.setText(QCoreApplication.translate("DocumentPreviewDialog", u"Pa&ge", None))
#if QT_CONFIG(accessibility)
        self.pageSpin.setAccessibleName(QCoreApplication.translate("DocumentPreviewDialog", u"Page number", None))
#endif // QT_CONFIG(accessibility)
        self.pageCountLabel.setText(QCoreApplication.translate("DocumentPreviewDialog", u"of 1", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Next page (Page Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("DocumentPreviewDialog", u"Next page", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Zoom out (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomOutButton.setAccessibleName(QCoreApplication.translate("DocumentPreviewDialog", u"Zoom out", None))
#endif // QT_CONFIG(accessibility)
        self.zoomOutButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"\u2212", None))
#if QT_CONFIG(accessibility)
        self.zoomCombo.setAccessibleName(QCoreApplication.translate("DocumentPreviewDialog", u"Zoom", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Zoom in (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomInButton.setAccessibleName(QCoreApplication.translate("DocumentPreviewDialog", u"Zoom in", None))
#endif // QT_CONFIG(accessibility)
        self.zoomInButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"+", None))
        self.privacyLabel.setText(QCoreApplication.translate("DocumentPreviewDialog", u"The preview is kept in memory only. A saved PDF or DOCX file is not encrypted: it is a plain copy of personal data. Keep it only as long as it is needed.", None))
        self.printButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Print\u2026", None))
        self.savePdfButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"Save as P&DF\u2026", None))
        self.saveDocxButton.setText(QCoreApplication.translate("DocumentPreviewDialog", u"Save as DO&CX\u2026", None))
    # retranslateUi

