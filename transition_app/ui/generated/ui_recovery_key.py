# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recovery_key.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_RecoveryKeyDialog(object):
    def setupUi(self, RecoveryKeyDialog):
        if not RecoveryKeyDialog.objectName():
            RecoveryKeyDialog.setObjectName(u"RecoveryKeyDialog")
        RecoveryKeyDialog.resize(640, 300)
        self.layout = QVBoxLayout(RecoveryKeyDialog)
        self.layout.setObjectName(u"layout")
        self.explanationLabel = QLabel(RecoveryKeyDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.layout.addWidget(self.explanationLabel)

        self.keyEdit = QLineEdit(RecoveryKeyDialog)
        self.keyEdit.setObjectName(u"keyEdit")
        self.keyEdit.setReadOnly(True)

        self.layout.addWidget(self.keyEdit)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.printButton = QPushButton(RecoveryKeyDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttons.addWidget(self.printButton)

        self.copyButton = QPushButton(RecoveryKeyDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttons.addWidget(self.copyButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)


        self.layout.addLayout(self.buttons)

        self.confirmCheck = QCheckBox(RecoveryKeyDialog)
        self.confirmCheck.setObjectName(u"confirmCheck")

        self.layout.addWidget(self.confirmCheck)

        self.buttonBox = QDialogButtonBox(RecoveryKeyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.keyEdit, self.printButton)
        QWidget.setTabOrder(self.printButton, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.confirmCheck)
        QWidget.setTabOrder(self.confirmCheck, self.buttonBox)

        self.retranslateUi(RecoveryKeyDialog)

        QMetaObject.connectSlotsByName(RecoveryKeyDialog)
    # setupUi

    def retranslateUi(self, RecoveryKeyDialog):
        RecoveryKeyDialog.setWindowTitle(QCoreApplication.translate("RecoveryKeyDialog", u"Recovery key", None))
        self.explanationLabel.setText(QCoreApplication.translate("RecoveryKeyDialog", u"The database is encrypted. This recovery key opens it on another computer, or here if the key or the passphrase is lost. It is shown only this once: write it down or print it now, and keep it somewhere safe, away from the computer.", None))
#if QT_CONFIG(accessibility)
        self.keyEdit.setAccessibleName(QCoreApplication.translate("RecoveryKeyDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Print\u2026", None))
        self.copyButton.setText(QCoreApplication.translate("RecoveryKeyDialog", u"&Copy", None))
        self.confirmCheck.setText(QCoreApplication.translate("RecoveryKeyDialog", u"I have &written down or printed the recovery key", None))
    # retranslateUi

