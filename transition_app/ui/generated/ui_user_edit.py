# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_edit.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QVBoxLayout, QWidget)

class Ui_UserEditDialog(object):
    def setupUi(self, UserEditDialog):
        if not UserEditDialog.objectName():
            UserEditDialog.setObjectName(u"UserEditDialog")
        UserEditDialog.resize(520, 400)
        self.layout = QVBoxLayout(UserEditDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fullNameLabel = QLabel(UserEditDialog)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(UserEditDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.usernameLabel = QLabel(UserEditDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(UserEditDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.roleLabel = QLabel(UserEditDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(UserEditDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.centreLabel = QLabel(UserEditDialog)
        self.centreLabel.setObjectName(u"centreLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.centreLabel)

        self.centreCombo = QComboBox(UserEditDialog)
        self.centreCombo.setObjectName(u"centreCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.centreCombo)

        self.jobTitleLabel = QLabel(UserEditDialog)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleCombo = QComboBox(UserEditDialog)
        self.jobTitleCombo.setObjectName(u"jobTitleCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.jobTitleCombo)

        self.titleFormLabel = QLabel(UserEditDialog)
        self.titleFormLabel.setObjectName(u"titleFormLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.titleFormLabel)

        self.titleFormCombo = QComboBox(UserEditDialog)
        self.titleFormCombo.setObjectName(u"titleFormCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.titleFormCombo)

        self.phoneLabel = QLabel(UserEditDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(UserEditDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(50)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(UserEditDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(UserEditDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.currentPasswordLabel = QLabel(UserEditDialog)
        self.currentPasswordLabel.setObjectName(u"currentPasswordLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.currentPasswordLabel)

        self.currentPasswordEdit = QLineEdit(UserEditDialog)
        self.currentPasswordEdit.setObjectName(u"currentPasswordEdit")
        self.currentPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.currentPasswordEdit)

        self.passwordLabel = QLabel(UserEditDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(UserEditDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(UserEditDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(UserEditDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(UserEditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(UserEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.centreLabel.setBuddy(self.centreCombo)
        self.jobTitleLabel.setBuddy(self.jobTitleCombo)
        self.titleFormLabel.setBuddy(self.titleFormCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.currentPasswordLabel.setBuddy(self.currentPasswordEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fullNameEdit, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.centreCombo)
        QWidget.setTabOrder(self.centreCombo, self.jobTitleCombo)
        QWidget.setTabOrder(self.jobTitleCombo, self.titleFormCombo)
        QWidget.setTabOrder(self.titleFormCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.currentPasswordEdit)
        QWidget.setTabOrder(self.currentPasswordEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.buttonBox)

        self.retranslateUi(UserEditDialog)

        QMetaObject.connectSlotsByName(UserEditDialog)
    # setupUi

    def retranslateUi(self, UserEditDialog):
        UserEditDialog.setWindowTitle(QCoreApplication.translate("UserEditDialog", u"User account", None))
        self.fullNameLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Full name", None))
        self.usernameLabel.setText(QCoreApplication.translate("UserEditDialog", u"&User name", None))
        self.roleLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Role", None))
        self.centreLabel.setText(QCoreApplication.translate("UserEditDialog", u"Reception &centre", None))
        self.jobTitleLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Job title", None))
#if QT_CONFIG(tooltip)
        self.jobTitleCombo.setToolTip(QCoreApplication.translate("UserEditDialog", u"Printed under the person's name in letters; choose one or type another.", None))
#endif // QT_CONFIG(tooltip)
        self.titleFormLabel.setText(QCoreApplication.translate("UserEditDialog", u"Title f&orm", None))
#if QT_CONFIG(tooltip)
        self.titleFormCombo.setToolTip(QCoreApplication.translate("UserEditDialog", u"How the job title is written: feminine, masculine or neutral, as the person chooses.", None))
#endif // QT_CONFIG(tooltip)
        self.phoneLabel.setText(QCoreApplication.translate("UserEditDialog", u"Direct p&hone", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("UserEditDialog", u"optional, e.g. 0470 12 34 56", None))
        self.emailLabel.setText(QCoreApplication.translate("UserEditDialog", u"&E-mail", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("UserEditDialog", u"optional", None))
        self.currentPasswordLabel.setText(QCoreApplication.translate("UserEditDialog", u"C&urrent password", None))
        self.passwordLabel.setText(QCoreApplication.translate("UserEditDialog", u"&Password", None))
        self.confirmLabel.setText(QCoreApplication.translate("UserEditDialog", u"Password &again", None))
        self.errorLabel.setText("")
    # retranslateUi

