# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizard, QWizardPage)

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(700, 600)
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        FirstRunWizard.setOptions(QWizard.WizardOption.NoBackButtonOnLastPage|QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.welcomePage = QWizardPage()
        self.welcomePage.setObjectName(u"welcomePage")
        self.welcomeLayout = QVBoxLayout(self.welcomePage)
        self.welcomeLayout.setObjectName(u"welcomeLayout")
        self.welcomeLabel = QLabel(self.welcomePage)
        self.welcomeLabel.setObjectName(u"welcomeLabel")
        self.welcomeLabel.setWordWrap(True)

        self.welcomeLayout.addWidget(self.welcomeLabel)

        self.welcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.welcomeLayout.addItem(self.welcomeSpacer)

        FirstRunWizard.addPage(self.welcomePage)
        self.accountPage = QWizardPage()
        self.accountPage.setObjectName(u"accountPage")
        self.accountLayout = QVBoxLayout(self.accountPage)
        self.accountLayout.setObjectName(u"accountLayout")
        self.accountForm = QFormLayout()
        self.accountForm.setObjectName(u"accountForm")
        self.fullNameLabel = QLabel(self.accountPage)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.accountPage)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(200)

        self.accountForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.usernameLabel = QLabel(self.accountPage)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.accountPage)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.accountForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(self.accountPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.accountPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.accountForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(self.accountPage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(self.accountPage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.accountForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.jobTitleLabel = QLabel(self.accountPage)
        self.jobTitleLabel.setObjectName(u"jobTitleLabel")

        self.accountForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.jobTitleLabel)

        self.jobTitleCombo = QComboBox(self.accountPage)
        self.jobTitleCombo.setObjectName(u"jobTitleCombo")

        self.accountForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.jobTitleCombo)

        self.titleFormLabel = QLabel(self.accountPage)
        self.titleFormLabel.setObjectName(u"titleFormLabel")

        self.accountForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.titleFormLabel)

        self.titleFormCombo = QComboBox(self.accountPage)
        self.titleFormCombo.setObjectName(u"titleFormCombo")

        self.accountForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.titleFormCombo)

        self.ownPhoneLabel = QLabel(self.accountPage)
        self.ownPhoneLabel.setObjectName(u"ownPhoneLabel")

        self.accountForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ownPhoneLabel)

        self.ownPhoneEdit = QLineEdit(self.accountPage)
        self.ownPhoneEdit.setObjectName(u"ownPhoneEdit")
        self.ownPhoneEdit.setMaxLength(50)

        self.accountForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ownPhoneEdit)

        self.ownEmailLabel = QLabel(self.accountPage)
        self.ownEmailLabel.setObjectName(u"ownEmailLabel")

        self.accountForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.ownEmailLabel)

        self.ownEmailEdit = QLineEdit(self.accountPage)
        self.ownEmailEdit.setObjectName(u"ownEmailEdit")
        self.ownEmailEdit.setMaxLength(200)

        self.accountForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.ownEmailEdit)


        self.accountLayout.addLayout(self.accountForm)

        self.errorLabel = QLabel(self.accountPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.accountLayout.addWidget(self.errorLabel)

        self.accountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.accountLayout.addItem(self.accountSpacer)

        FirstRunWizard.addPage(self.accountPage)
        self.centrePage = QWizardPage()
        self.centrePage.setObjectName(u"centrePage")
        self.centreLayout = QVBoxLayout(self.centrePage)
        self.centreLayout.setObjectName(u"centreLayout")
        self.centreFormHost = QWidget(self.centrePage)
        self.centreFormHost.setObjectName(u"centreFormHost")
        self.centreFormLayout = QVBoxLayout(self.centreFormHost)
        self.centreFormLayout.setObjectName(u"centreFormLayout")
        self.centreFormLayout.setContentsMargins(0, 0, 0, 0)

        self.centreLayout.addWidget(self.centreFormHost)

        self.centreSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.centreLayout.addItem(self.centreSpacer)

        FirstRunWizard.addPage(self.centrePage)
        self.recoveryKeyPage = QWizardPage()
        self.recoveryKeyPage.setObjectName(u"recoveryKeyPage")
        self.recoveryLayout = QVBoxLayout(self.recoveryKeyPage)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryExplanationLabel = QLabel(self.recoveryKeyPage)
        self.recoveryExplanationLabel.setObjectName(u"recoveryExplanationLabel")
        self.recoveryExplanationLabel.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryExplanationLabel)

        self.recoveryKeyEdit = QLineEdit(self.recoveryKeyPage)
        self.recoveryKeyEdit.setObjectName(u"recoveryKeyEdit")
        self.recoveryKeyEdit.setReadOnly(True)

        self.recoveryLayout.addWidget(self.recoveryKeyEdit)

        self.recoveryAcknowledgeCheck = QCheckBox(self.recoveryKeyPage)
        self.recoveryAcknowledgeCheck.setObjectName(u"recoveryAcknowledgeCheck")

        self.recoveryLayout.addWidget(self.recoveryAcknowledgeCheck)

        self.recoverySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recoveryLayout.addItem(self.recoverySpacer)

        FirstRunWizard.addPage(self.recoveryKeyPage)
        self.donePage = QWizardPage()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLabel = QLabel(self.donePage)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)

        self.doneLayout.addWidget(self.doneLabel)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer)

        FirstRunWizard.addPage(self.donePage)
#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
        self.jobTitleLabel.setBuddy(self.jobTitleCombo)
        self.titleFormLabel.setBuddy(self.titleFormCombo)
        self.ownPhoneLabel.setBuddy(self.ownPhoneEdit)
        self.ownEmailLabel.setBuddy(self.ownEmailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fullNameEdit, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.jobTitleCombo)
        QWidget.setTabOrder(self.jobTitleCombo, self.titleFormCombo)
        QWidget.setTabOrder(self.titleFormCombo, self.ownPhoneEdit)
        QWidget.setTabOrder(self.ownPhoneEdit, self.ownEmailEdit)
        QWidget.setTabOrder(self.ownEmailEdit, self.recoveryKeyEdit)
        QWidget.setTabOrder(self.recoveryKeyEdit, self.recoveryAcknowledgeCheck)

        self.retranslateUi(FirstRunWizard)

        QMetaObject.connectSlotsByName(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"Set up Transition Assistant", None))
        self.welcomePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Welcome", None))
        self.welcomePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"This is the first start of Transition Assistant with this database.", None))
        self.welcomeLabel.setText(QCoreApplication.translate("FirstRunWizard", u"<p>Transition Assistant keeps the case files of families leaving reception: special-category personal data protected by the GDPR.</p><p>Everyone who uses it signs in with their own account. First create the <b>coordinator</b> account: the coordinator manages the other accounts (social workers and admin buddies), reads the audit log and sets how long closed cases are kept.</p>", None))
        self.accountPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"The coordinator account", None))
        self.accountPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Choose a password of at least 10 characters that you do not use anywhere else.", None))
        self.fullNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Full name", None))
#if QT_CONFIG(accessibility)
        self.fullNameEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.usernameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"e.g. m.janssens", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Password &again", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Password again", None))
#endif // QT_CONFIG(accessibility)
        self.jobTitleLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Job title", None))
#if QT_CONFIG(tooltip)
        self.jobTitleCombo.setToolTip(QCoreApplication.translate("FirstRunWizard", u"Printed under your name in letters; choose one or type your own.", None))
#endif // QT_CONFIG(tooltip)
        self.titleFormLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Title f&orm", None))
#if QT_CONFIG(tooltip)
        self.titleFormCombo.setToolTip(QCoreApplication.translate("FirstRunWizard", u"How your job title is written: feminine, masculine or neutral.", None))
#endif // QT_CONFIG(tooltip)
        self.ownPhoneLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Direct p&hone", None))
        self.ownPhoneEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"optional, e.g. 0470 12 34 56", None))
        self.ownEmailLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&E-mail", None))
        self.ownEmailEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"optional", None))
        self.errorLabel.setText("")
        self.centrePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"The reception centre", None))
        self.centrePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Its name, address and contact details are printed at the top of letters and dossiers. You can add other centres later (Administration \u25b8 Reception centres).", None))
        self.recoveryKeyPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"The recovery key of the database", None))
        self.recoveryKeyPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Write it down or print it and keep it somewhere safe, away from this computer.", None))
        self.recoveryExplanationLabel.setText(QCoreApplication.translate("FirstRunWizard", u"The database is encrypted. This key opens it if this computer's keyring or the passphrase is lost, or on another computer. It is shown only now.", None))
#if QT_CONFIG(accessibility)
        self.recoveryKeyEdit.setAccessibleName(QCoreApplication.translate("FirstRunWizard", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryAcknowledgeCheck.setText(QCoreApplication.translate("FirstRunWizard", u"I have &written down the recovery key and keep it safe", None))
        self.donePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Ready", None))
        self.doneLabel.setText("")
    # retranslateUi

