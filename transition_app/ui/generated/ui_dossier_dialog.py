# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DossierDialog(object):
    def setupUi(self, DossierDialog):
        if not DossierDialog.objectName():
            DossierDialog.setObjectName(u"DossierDialog")
        DossierDialog.resize(560, 560)
        self.dialogLayout = QVBoxLayout(DossierDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.familyLabel = QLabel(DossierDialog)
        self.familyLabel.setObjectName(u"familyLabel")
        self.familyLabel.setText(u"\u2014")

        self.dialogLayout.addWidget(self.familyLabel)

        self.recipientForm = QFormLayout()
        self.recipientForm.setObjectName(u"recipientForm")
        self.recipientLabel = QLabel(DossierDialog)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.recipientForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientCombo = QComboBox(DossierDialog)
        self.recipientCombo.setObjectName(u"recipientCombo")

        self.recipientForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipientCombo)

        self.nameLabel = QLabel(DossierDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.recipientForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(DossierDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.recipientForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.languageLabel = QLabel(DossierDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.recipientForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(DossierDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.recipientForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.dialogLayout.addLayout(self.recipientForm)

        self.sectionsGroup = QGroupBox(DossierDialog)
        self.sectionsGroup.setObjectName(u"sectionsGroup")
        self.sectionsLayout = QVBoxLayout(self.sectionsGroup)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsHint = QLabel(self.sectionsGroup)
        self.sectionsHint.setObjectName(u"sectionsHint")
        self.sectionsHint.setWordWrap(True)

        self.sectionsLayout.addWidget(self.sectionsHint)

        self.coverCheck = QCheckBox(self.sectionsGroup)
        self.coverCheck.setObjectName(u"coverCheck")

        self.sectionsLayout.addWidget(self.coverCheck)

        self.householdCheck = QCheckBox(self.sectionsGroup)
        self.householdCheck.setObjectName(u"householdCheck")

        self.sectionsLayout.addWidget(self.householdCheck)

        self.protectionCheck = QCheckBox(self.sectionsGroup)
        self.protectionCheck.setObjectName(u"protectionCheck")

        self.sectionsLayout.addWidget(self.protectionCheck)

        self.checklistCheck = QCheckBox(self.sectionsGroup)
        self.checklistCheck.setObjectName(u"checklistCheck")

        self.sectionsLayout.addWidget(self.checklistCheck)

        self.contactsCheck = QCheckBox(self.sectionsGroup)
        self.contactsCheck.setObjectName(u"contactsCheck")

        self.sectionsLayout.addWidget(self.contactsCheck)

        self.documentsCheck = QCheckBox(self.sectionsGroup)
        self.documentsCheck.setObjectName(u"documentsCheck")

        self.sectionsLayout.addWidget(self.documentsCheck)

        self.notesCheck = QCheckBox(self.sectionsGroup)
        self.notesCheck.setObjectName(u"notesCheck")

        self.sectionsLayout.addWidget(self.notesCheck)

        self.confidentialCheck = QCheckBox(self.sectionsGroup)
        self.confidentialCheck.setObjectName(u"confidentialCheck")

        self.sectionsLayout.addWidget(self.confidentialCheck)

        self.confidentialWarning = QLabel(self.sectionsGroup)
        self.confidentialWarning.setObjectName(u"confidentialWarning")
        self.confidentialWarning.setWordWrap(True)

        self.sectionsLayout.addWidget(self.confidentialWarning)


        self.dialogLayout.addWidget(self.sectionsGroup)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(DossierDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.recipientLabel.setBuddy(self.recipientCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recipientCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.coverCheck)
        QWidget.setTabOrder(self.coverCheck, self.householdCheck)
        QWidget.setTabOrder(self.householdCheck, self.protectionCheck)
        QWidget.setTabOrder(self.protectionCheck, self.checklistCheck)
        QWidget.setTabOrder(self.checklistCheck, self.contactsCheck)
        QWidget.setTabOrder(self.contactsCheck, self.documentsCheck)
        QWidget.setTabOrder(self.documentsCheck, self.notesCheck)
        QWidget.setTabOrder(self.notesCheck, self.confidentialCheck)
        QWidget.setTabOrder(self.confidentialCheck, self.buttonBox)

        self.retranslateUi(DossierDialog)

        QMetaObject.connectSlotsByName(DossierDialog)
    # setupUi

    def retranslateUi(self, DossierDialog):
        DossierDialog.setWindowTitle(QCoreApplication.translate("DossierDialog", u"Handover dossier", None))
        self.recipientLabel.setText(QCoreApplication.translate("DossierDialog", u"&For", None))
        self.nameLabel.setText(QCoreApplication.translate("DossierDialog", u"&Name of the recipient", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("DossierDialog", u"Optional", None))
        self.languageLabel.setText(QCoreApplication.translate("DossierDialog", u"&Language", None))
        self.sectionsGroup.setTitle(QCoreApplication.translate("DossierDialog", u"Sections", None))
        self.sectionsHint.setText(QCoreApplication.translate("DossierDialog", u"The sections ticked for a recipient are the minimum they need. Share no more than necessary.", None))
        self.coverCheck.setText(QCoreApplication.translate("DossierDialog", u"Cover page", None))
        self.householdCheck.setText(QCoreApplication.translate("DossierDialog", u"Household composition", None))
        self.protectionCheck.setText(QCoreApplication.translate("DossierDialog", u"Protection status and key dates", None))
        self.checklistCheck.setText(QCoreApplication.translate("DossierDialog", u"Exit-support checklist", None))
        self.contactsCheck.setText(QCoreApplication.translate("DossierDialog", u"Contacts and referrals", None))
        self.documentsCheck.setText(QCoreApplication.translate("DossierDialog", u"Documents obtained and still missing", None))
        self.notesCheck.setText(QCoreApplication.translate("DossierDialog", u"Handover notes", None))
        self.confidentialCheck.setText(QCoreApplication.translate("DossierDialog", u"Confidential notes", None))
        self.confidentialWarning.setText(QCoreApplication.translate("DossierDialog", u"Confidential notes will be in this dossier. Include them only when the recipient needs them and the family agreed.", None))
    # retranslateUi

