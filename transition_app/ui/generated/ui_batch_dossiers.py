# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'batch_dossiers.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_BatchDossiersDialog(object):
    def setupUi(self, BatchDossiersDialog):
        if not BatchDossiersDialog.objectName():
            BatchDossiersDialog.setObjectName(u"BatchDossiersDialog")
        BatchDossiersDialog.resize(560, 360)
        self.dialogLayout = QVBoxLayout(BatchDossiersDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.optionsForm = QFormLayout()
        self.optionsForm.setObjectName(u"optionsForm")
        self.daysLabel = QLabel(BatchDossiersDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysSpin = QSpinBox(BatchDossiersDialog)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMaximum(365)
        self.daysSpin.setValue(14)

        self.optionsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.daysSpin)

        self.recipientLabel = QLabel(BatchDossiersDialog)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientCombo = QComboBox(BatchDossiersDialog)
        self.recipientCombo.setObjectName(u"recipientCombo")

        self.optionsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recipientCombo)

        self.languageLabel = QLabel(BatchDossiersDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(BatchDossiersDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.optionsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.formatLabel = QLabel(BatchDossiersDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.optionsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(BatchDossiersDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.optionsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.folderLabel = QLabel(BatchDossiersDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.optionsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(BatchDossiersDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(BatchDossiersDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderLayout.addWidget(self.browseButton)


        self.optionsForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.folderLayout)


        self.dialogLayout.addLayout(self.optionsForm)

        self.countLabel = QLabel(BatchDossiersDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.countLabel)

        self.progressBar = QProgressBar(BatchDossiersDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.dialogLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(BatchDossiersDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.privacyLabel = QLabel(BatchDossiersDialog)
        self.privacyLabel.setObjectName(u"privacyLabel")
        self.privacyLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.privacyLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.startButton = QPushButton(BatchDossiersDialog)
        self.startButton.setObjectName(u"startButton")

        self.buttonLayout.addWidget(self.startButton)

        self.cancelButton = QPushButton(BatchDossiersDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.closeButton = QPushButton(BatchDossiersDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.daysLabel.setBuddy(self.daysSpin)
        self.recipientLabel.setBuddy(self.recipientCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.formatLabel.setBuddy(self.formatCombo)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.daysSpin, self.recipientCombo)
        QWidget.setTabOrder(self.recipientCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.formatCombo)
        QWidget.setTabOrder(self.formatCombo, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.startButton)
        QWidget.setTabOrder(self.startButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.closeButton)

        self.retranslateUi(BatchDossiersDialog)

        self.startButton.setDefault(True)


        QMetaObject.connectSlotsByName(BatchDossiersDialog)
    # setupUi

    def retranslateUi(self, BatchDossiersDialog):
        BatchDossiersDialog.setWindowTitle(QCoreApplication.translate("BatchDossiersDialog", u"Dossiers for families leaving soon", None))
        self.daysLabel.setText(QCoreApplication.translate("BatchDossiersDialog", u"Families leaving within (&days)", None))
        self.recipientLabel.setText(QCoreApplication.translate("BatchDossiersDialog", u"&For", None))
        self.languageLabel.setText(QCoreApplication.translate("BatchDossiersDialog", u"&Language", None))
        self.formatLabel.setText(QCoreApplication.translate("BatchDossiersDialog", u"F&ormat", None))
        self.folderLabel.setText(QCoreApplication.translate("BatchDossiersDialog", u"Folde&r", None))
        self.browseButton.setText(QCoreApplication.translate("BatchDossiersDialog", u"&Browse\u2026", None))
        self.privacyLabel.setText(QCoreApplication.translate("BatchDossiersDialog", u"The files are not encrypted: each is a plain copy of personal data. Confidential notes are never included in a batch.", None))
        self.startButton.setText(QCoreApplication.translate("BatchDossiersDialog", u"&Make dossiers", None))
        self.cancelButton.setText(QCoreApplication.translate("BatchDossiersDialog", u"&Cancel", None))
        self.closeButton.setText(QCoreApplication.translate("BatchDossiersDialog", u"Close", None))
    # retranslateUi

