# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(520, 300)
        self.layout = QVBoxLayout(UnlockDialog)
        self.layout.setObjectName(u"layout")
        self.messageLabel = QLabel(UnlockDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.recoveryLabel = QLabel(UnlockDialog)
        self.recoveryLabel.setObjectName(u"recoveryLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recoveryLabel)

        self.recoveryEdit = QLineEdit(UnlockDialog)
        self.recoveryEdit.setObjectName(u"recoveryEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recoveryEdit)

        self.passphraseLabel = QLabel(UnlockDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(UnlockDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.confirmLabel = QLabel(UnlockDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(UnlockDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.layout.addLayout(self.form)

        self.useRecoveryButton = QPushButton(UnlockDialog)
        self.useRecoveryButton.setObjectName(u"useRecoveryButton")
        self.useRecoveryButton.setFlat(True)

        self.layout.addWidget(self.useRecoveryButton)

        self.errorLabel = QLabel(UnlockDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(UnlockDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.recoveryLabel.setBuddy(self.recoveryEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recoveryEdit, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.useRecoveryButton)
        QWidget.setTabOrder(self.useRecoveryButton, self.buttonBox)

        self.retranslateUi(UnlockDialog)

        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Open the database", None))
        self.messageLabel.setText("")
        self.recoveryLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Recovery key", None))
        self.recoveryEdit.setPlaceholderText(QCoreApplication.translate("UnlockDialog", u"XXXX-XXXX-XXXX-\u2026", None))
#if QT_CONFIG(accessibility)
        self.recoveryEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("UnlockDialog", u"Passphrase &again", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.useRecoveryButton.setText(QCoreApplication.translate("UnlockDialog", u"I forgot the passphrase: use the &recovery key", None))
        self.errorLabel.setText("")
    # retranslateUi

