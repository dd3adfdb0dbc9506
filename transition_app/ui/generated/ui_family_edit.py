# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'family_edit.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox,
    QComboBox, QDialogButtonBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QVBoxLayout, QWidget)

from transition_app.ui.widgets.date_edit import DateEdit
from transition_app.ui.widgets.money_edit import MoneyEdit
from transition_app.ui.widgets.municipality_picker import MunicipalityPicker

class Ui_FamilyEditDialog(object):
    def setupUi(self, FamilyEditDialog):
        if not FamilyEditDialog.objectName():
            FamilyEditDialog.setObjectName(u"FamilyEditDialog")
        FamilyEditDialog.resize(860, 640)
        self.dialogLayout = QVBoxLayout(FamilyEditDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(FamilyEditDialog)
        self.tabs.setObjectName(u"tabs")
        self.householdTab = QWidget()
        self.householdTab.setObjectName(u"householdTab")
        self.householdForm = QFormLayout(self.householdTab)
        self.householdForm.setObjectName(u"householdForm")
        self.caseNumberLabel = QLabel(self.householdTab)
        self.caseNumberLabel.setObjectName(u"caseNumberLabel")

        self.householdForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.caseNumberLabel)

        self.caseNumberEdit = QLineEdit(self.householdTab)
        self.caseNumberEdit.setObjectName(u"caseNumberEdit")

        self.householdForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.caseNumberEdit)

        self.statusLabel = QLabel(self.householdTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.householdForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.householdTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.householdForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.centreLabel = QLabel(self.householdTab)
        self.centreLabel.setObjectName(u"centreLabel")

        self.householdForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.centreLabel)

        self.centreCombo = QComboBox(self.householdTab)
        self.centreCombo.setObjectName(u"centreCombo")

        self.householdForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.centreCombo)

        self.workerLabel = QLabel(self.householdTab)
        self.workerLabel.setObjectName(u"workerLabel")

        self.householdForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.workerLabel)

        self.workerCombo = QComboBox(self.householdTab)
        self.workerCombo.setObjectName(u"workerCombo")

        self.householdForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.workerCombo)

        self.arrivalLabel = QLabel(self.householdTab)
        self.arrivalLabel.setObjectName(u"arrivalLabel")

        self.householdForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.arrivalLabel)

        self.arrivalDateEdit = DateEdit(self.householdTab)
        self.arrivalDateEdit.setObjectName(u"arrivalDateEdit")

        self.householdForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.arrivalDateEdit)

        self.exitLabel = QLabel(self.householdTab)
        self.exitLabel.setObjectName(u"exitLabel")

        self.householdForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.exitLabel)

        self.exitDateEdit = DateEdit(self.householdTab)
        self.exitDateEdit.setObjectName(u"exitDateEdit")

        self.householdForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.exitDateEdit)

        self.destinationLabel = QLabel(self.householdTab)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.householdForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.destinationLabel)

        self.destinationEdit = MunicipalityPicker(self.householdTab)
        self.destinationEdit.setObjectName(u"destinationEdit")

        self.householdForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.destinationEdit)

        self.tabs.addTab(self.householdTab, "")
        self.membersTab = QWidget()
        self.membersTab.setObjectName(u"membersTab")
        self.membersLayout = QVBoxLayout(self.membersTab)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersTable = QTableWidget(self.membersTab)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setTabKeyNavigation(False)
        self.membersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.membersTable.horizontalHeader().setStretchLastSection(True)
        self.membersTable.verticalHeader().setVisible(False)

        self.membersLayout.addWidget(self.membersTable)

        self.memberButtons = QHBoxLayout()
        self.memberButtons.setObjectName(u"memberButtons")
        self.addMemberButton = QPushButton(self.membersTab)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.memberButtons.addWidget(self.addMemberButton)

        self.removeMemberButton = QPushButton(self.membersTab)
        self.removeMemberButton.setObjectName(u"removeMemberButton")

        self.memberButtons.addWidget(self.removeMemberButton)

        self.memberSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberButtons.addItem(self.memberSpacer)


        self.membersLayout.addLayout(self.memberButtons)

        self.memberGroup = QGroupBox(self.membersTab)
        self.memberGroup.setObjectName(u"memberGroup")
        self.memberGrid = QGridLayout(self.memberGroup)
        self.memberGrid.setObjectName(u"memberGrid")
        self.givenNamesLabel = QLabel(self.memberGroup)
        self.givenNamesLabel.setObjectName(u"givenNamesLabel")

        self.memberGrid.addWidget(self.givenNamesLabel, 0, 0, 1, 1)

        self.givenNamesEdit = QLineEdit(self.memberGroup)
        self.givenNamesEdit.setObjectName(u"givenNamesEdit")

        self.memberGrid.addWidget(self.givenNamesEdit, 0, 1, 1, 1)

        self.familyNameLabel = QLabel(self.memberGroup)
        self.familyNameLabel.setObjectName(u"familyNameLabel")

        self.memberGrid.addWidget(self.familyNameLabel, 0, 2, 1, 1)

        self.familyNameEdit = QLineEdit(self.memberGroup)
        self.familyNameEdit.setObjectName(u"familyNameEdit")

        self.memberGrid.addWidget(self.familyNameEdit, 0, 3, 1, 1)

        self.relationLabel = QLabel(self.memberGroup)
        self.relationLabel.setObjectName(u"relationLabel")

        self.memberGrid.addWidget(self.relationLabel, 1, 0, 1, 1)

        self.relationCombo = QComboBox(self.memberGroup)
        self.relationCombo.setObjectName(u"relationCombo")

        self.memberGrid.addWidget(self.relationCombo, 1, 1, 1, 1)

        self.sexLabel = QLabel(self.memberGroup)
        self.sexLabel.setObjectName(u"sexLabel")

        self.memberGrid.addWidget(self.sexLabel, 1, 2, 1, 1)

        self.sexCombo = QComboBox(self.memberGroup)
        self.sexCombo.setObjectName(u"sexCombo")

        self.memberGrid.addWidget(self.sexCombo, 1, 3, 1, 1)

        self.birthDateLabel = QLabel(self.memberGroup)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.memberGrid.addWidget(self.birthDateLabel, 2, 0, 1, 1)

        self.birthDateEdit = DateEdit(self.memberGroup)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.memberGrid.addWidget(self.birthDateEdit, 2, 1, 1, 1)

        self.nationalityLabel = QLabel(self.memberGroup)
        self.nationalityLabel.setObjectName(u"nationalityLabel")

        self.memberGrid.addWidget(self.nationalityLabel, 2, 2, 1, 1)

        self.nationalityCombo = QComboBox(self.memberGroup)
        self.nationalityCombo.setObjectName(u"nationalityCombo")
        self.nationalityCombo.setEditable(True)
        self.nationalityCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.memberGrid.addWidget(self.nationalityCombo, 2, 3, 1, 1)

        self.languagesLabel = QLabel(self.memberGroup)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.memberGrid.addWidget(self.languagesLabel, 3, 0, 1, 1)

        self.languagesList = QListWidget(self.memberGroup)
        self.languagesList.setObjectName(u"languagesList")

        self.memberGrid.addWidget(self.languagesList, 3, 1, 1, 1)

        self.preferredLabel = QLabel(self.memberGroup)
        self.preferredLabel.setObjectName(u"preferredLabel")

        self.memberGrid.addWidget(self.preferredLabel, 3, 2, 1, 1)

        self.preferredCombo = QComboBox(self.memberGroup)
        self.preferredCombo.setObjectName(u"preferredCombo")

        self.memberGrid.addWidget(self.preferredCombo, 3, 3, 1, 1)

        self.nrnLabel = QLabel(self.memberGroup)
        self.nrnLabel.setObjectName(u"nrnLabel")

        self.memberGrid.addWidget(self.nrnLabel, 4, 0, 1, 1)

        self.nationalNumberEdit = QLineEdit(self.memberGroup)
        self.nationalNumberEdit.setObjectName(u"nationalNumberEdit")

        self.memberGrid.addWidget(self.nationalNumberEdit, 4, 1, 1, 1)

        self.inBelgiumLabel = QLabel(self.memberGroup)
        self.inBelgiumLabel.setObjectName(u"inBelgiumLabel")

        self.memberGrid.addWidget(self.inBelgiumLabel, 4, 2, 1, 1)

        self.inBelgiumCheck = QCheckBox(self.memberGroup)
        self.inBelgiumCheck.setObjectName(u"inBelgiumCheck")

        self.memberGrid.addWidget(self.inBelgiumCheck, 4, 3, 1, 1)

        self.cardTypeLabel = QLabel(self.memberGroup)
        self.cardTypeLabel.setObjectName(u"cardTypeLabel")

        self.memberGrid.addWidget(self.cardTypeLabel, 5, 0, 1, 1)

        self.cardTypeCombo = QComboBox(self.memberGroup)
        self.cardTypeCombo.setObjectName(u"cardTypeCombo")

        self.memberGrid.addWidget(self.cardTypeCombo, 5, 1, 1, 1)

        self.cardNumberLabel = QLabel(self.memberGroup)
        self.cardNumberLabel.setObjectName(u"cardNumberLabel")

        self.memberGrid.addWidget(self.cardNumberLabel, 5, 2, 1, 1)

        self.cardNumberEdit = QLineEdit(self.memberGroup)
        self.cardNumberEdit.setObjectName(u"cardNumberEdit")

        self.memberGrid.addWidget(self.cardNumberEdit, 5, 3, 1, 1)

        self.cardExpiryLabel = QLabel(self.memberGroup)
        self.cardExpiryLabel.setObjectName(u"cardExpiryLabel")

        self.memberGrid.addWidget(self.cardExpiryLabel, 6, 0, 1, 1)

        self.cardExpiryEdit = DateEdit(self.memberGroup)
        self.cardExpiryEdit.setObjectName(u"cardExpiryEdit")

        self.memberGrid.addWidget(self.cardExpiryEdit, 6, 1, 1, 1)


        self.membersLayout.addWidget(self.memberGroup)

        self.tabs.addTab(self.membersTab, "")
        self.decisionTab = QWidget()
        self.decisionTab.setObjectName(u"decisionTab")
        self.decisionLayout = QVBoxLayout(self.decisionTab)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionGroup = QGroupBox(self.decisionTab)
        self.decisionGroup.setObjectName(u"decisionGroup")
        self.decisionGroup.setCheckable(True)
        self.decisionGroup.setChecked(False)
        self.decisionForm = QFormLayout(self.decisionGroup)
        self.decisionForm.setObjectName(u"decisionForm")
        self.protectionTypeLabel = QLabel(self.decisionGroup)
        self.protectionTypeLabel.setObjectName(u"protectionTypeLabel")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.protectionTypeLabel)

        self.protectionTypeCombo = QComboBox(self.decisionGroup)
        self.protectionTypeCombo.setObjectName(u"protectionTypeCombo")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.protectionTypeCombo)

        self.decidingBodyLabel = QLabel(self.decisionGroup)
        self.decidingBodyLabel.setObjectName(u"decidingBodyLabel")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decidingBodyLabel)

        self.decidingBodyCombo = QComboBox(self.decisionGroup)
        self.decidingBodyCombo.setObjectName(u"decidingBodyCombo")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decidingBodyCombo)

        self.applicationDateLabel = QLabel(self.decisionGroup)
        self.applicationDateLabel.setObjectName(u"applicationDateLabel")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.applicationDateLabel)

        self.applicationDateEdit = DateEdit(self.decisionGroup)
        self.applicationDateEdit.setObjectName(u"applicationDateEdit")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.applicationDateEdit)

        self.decisionDateLabel = QLabel(self.decisionGroup)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisionDateLabel)

        self.decisionDateEdit = DateEdit(self.decisionGroup)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decisionDateEdit)

        self.notificationDateLabel = QLabel(self.decisionGroup)
        self.notificationDateLabel.setObjectName(u"notificationDateLabel")

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notificationDateLabel)

        self.notificationDateEdit = DateEdit(self.decisionGroup)
        self.notificationDateEdit.setObjectName(u"notificationDateEdit")

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notificationDateEdit)

        self.referenceLabel = QLabel(self.decisionGroup)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.decisionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(self.decisionGroup)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.decisionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.referenceEdit)


        self.decisionLayout.addWidget(self.decisionGroup)

        self.oeForm = QFormLayout()
        self.oeForm.setObjectName(u"oeForm")
        self.oeNumberLabel = QLabel(self.decisionTab)
        self.oeNumberLabel.setObjectName(u"oeNumberLabel")

        self.oeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oeNumberLabel)

        self.oeNumberEdit = QLineEdit(self.decisionTab)
        self.oeNumberEdit.setObjectName(u"oeNumberEdit")
        self.oeNumberEdit.setMaxLength(20)

        self.oeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oeNumberEdit)


        self.decisionLayout.addLayout(self.oeForm)

        self.decisionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.decisionLayout.addItem(self.decisionSpacer)

        self.tabs.addTab(self.decisionTab, "")
        self.dwellingTab = QWidget()
        self.dwellingTab.setObjectName(u"dwellingTab")
        self.dwellingLayout = QVBoxLayout(self.dwellingTab)
        self.dwellingLayout.setObjectName(u"dwellingLayout")
        self.dwellingIntroLabel = QLabel(self.dwellingTab)
        self.dwellingIntroLabel.setObjectName(u"dwellingIntroLabel")
        self.dwellingIntroLabel.setWordWrap(True)

        self.dwellingLayout.addWidget(self.dwellingIntroLabel)

        self.dwellingGroup = QGroupBox(self.dwellingTab)
        self.dwellingGroup.setObjectName(u"dwellingGroup")
        self.dwellingForm = QFormLayout(self.dwellingGroup)
        self.dwellingForm.setObjectName(u"dwellingForm")
        self.dwellingAddressLabel = QLabel(self.dwellingGroup)
        self.dwellingAddressLabel.setObjectName(u"dwellingAddressLabel")

        self.dwellingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dwellingAddressLabel)

        self.dwellingAddressEdit = QLineEdit(self.dwellingGroup)
        self.dwellingAddressEdit.setObjectName(u"dwellingAddressEdit")
        self.dwellingAddressEdit.setMaxLength(300)

        self.dwellingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dwellingAddressEdit)

        self.dwellingPostcodeLabel = QLabel(self.dwellingGroup)
        self.dwellingPostcodeLabel.setObjectName(u"dwellingPostcodeLabel")

        self.dwellingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dwellingPostcodeLabel)

        self.dwellingPostcodeEdit = QLineEdit(self.dwellingGroup)
        self.dwellingPostcodeEdit.setObjectName(u"dwellingPostcodeEdit")
        self.dwellingPostcodeEdit.setMaxLength(4)

        self.dwellingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dwellingPostcodeEdit)

        self.dwellingMunicipalityLabel = QLabel(self.dwellingGroup)
        self.dwellingMunicipalityLabel.setObjectName(u"dwellingMunicipalityLabel")

        self.dwellingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dwellingMunicipalityLabel)

        self.dwellingMunicipalityEdit = MunicipalityPicker(self.dwellingGroup)
        self.dwellingMunicipalityEdit.setObjectName(u"dwellingMunicipalityEdit")

        self.dwellingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dwellingMunicipalityEdit)

        self.moveInLabel = QLabel(self.dwellingGroup)
        self.moveInLabel.setObjectName(u"moveInLabel")

        self.dwellingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.moveInLabel)

        self.moveInDateEdit = DateEdit(self.dwellingGroup)
        self.moveInDateEdit.setObjectName(u"moveInDateEdit")

        self.dwellingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.moveInDateEdit)

        self.rentLabel = QLabel(self.dwellingGroup)
        self.rentLabel.setObjectName(u"rentLabel")

        self.dwellingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.rentLabel)

        self.rentEditLayout = QHBoxLayout()
        self.rentEditLayout.setObjectName(u"rentEditLayout")
        self.rentEdit = MoneyEdit(self.dwellingGroup)
        self.rentEdit.setObjectName(u"rentEdit")

        self.rentEditLayout.addWidget(self.rentEdit)

        self.rentUnit = QLabel(self.dwellingGroup)
        self.rentUnit.setObjectName(u"rentUnit")

        self.rentEditLayout.addWidget(self.rentUnit)

        self.rentEditSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rentEditLayout.addItem(self.rentEditSpacer)


        self.dwellingForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.rentEditLayout)

        self.chargesLabel = QLabel(self.dwellingGroup)
        self.chargesLabel.setObjectName(u"chargesLabel")

        self.dwellingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.chargesLabel)

        self.chargesEditLayout = QHBoxLayout()
        self.chargesEditLayout.setObjectName(u"chargesEditLayout")
        self.chargesEdit = MoneyEdit(self.dwellingGroup)
        self.chargesEdit.setObjectName(u"chargesEdit")

        self.chargesEditLayout.addWidget(self.chargesEdit)

        self.chargesUnit = QLabel(self.dwellingGroup)
        self.chargesUnit.setObjectName(u"chargesUnit")

        self.chargesEditLayout.addWidget(self.chargesUnit)

        self.chargesEditSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chargesEditLayout.addItem(self.chargesEditSpacer)


        self.dwellingForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.chargesEditLayout)

        self.guaranteeLabel = QLabel(self.dwellingGroup)
        self.guaranteeLabel.setObjectName(u"guaranteeLabel")

        self.dwellingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.guaranteeLabel)

        self.guaranteeEditLayout = QHBoxLayout()
        self.guaranteeEditLayout.setObjectName(u"guaranteeEditLayout")
        self.guaranteeEdit = MoneyEdit(self.dwellingGroup)
        self.guaranteeEdit.setObjectName(u"guaranteeEdit")

        self.guaranteeEditLayout.addWidget(self.guaranteeEdit)

        self.guaranteeUnit = QLabel(self.dwellingGroup)
        self.guaranteeUnit.setObjectName(u"guaranteeUnit")

        self.guaranteeEditLayout.addWidget(self.guaranteeUnit)

        self.guaranteeEditSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.guaranteeEditLayout.addItem(self.guaranteeEditSpacer)


        self.dwellingForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.guaranteeEditLayout)


        self.dwellingLayout.addWidget(self.dwellingGroup)

        self.landlordGroup = QGroupBox(self.dwellingTab)
        self.landlordGroup.setObjectName(u"landlordGroup")
        self.landlordForm = QFormLayout(self.landlordGroup)
        self.landlordForm.setObjectName(u"landlordForm")
        self.landlordNameLabel = QLabel(self.landlordGroup)
        self.landlordNameLabel.setObjectName(u"landlordNameLabel")

        self.landlordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.landlordNameLabel)

        self.landlordNameEdit = QLineEdit(self.landlordGroup)
        self.landlordNameEdit.setObjectName(u"landlordNameEdit")
        self.landlordNameEdit.setMaxLength(200)

        self.landlordForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.landlordNameEdit)

        self.landlordAddressLabel = QLabel(self.landlordGroup)
        self.landlordAddressLabel.setObjectName(u"landlordAddressLabel")

        self.landlordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.landlordAddressLabel)

        self.landlordAddressEdit = QLineEdit(self.landlordGroup)
        self.landlordAddressEdit.setObjectName(u"landlordAddressEdit")
        self.landlordAddressEdit.setMaxLength(300)

        self.landlordForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.landlordAddressEdit)

        self.landlordPostcodeLabel = QLabel(self.landlordGroup)
        self.landlordPostcodeLabel.setObjectName(u"landlordPostcodeLabel")

        self.landlordForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.landlordPostcodeLabel)

        self.landlordPostcodeLayout = QHBoxLayout()
        self.landlordPostcodeLayout.setObjectName(u"landlordPostcodeLayout")
        self.landlordPostcodeEdit = QLineEdit(self.landlordGroup)
        self.landlordPostcodeEdit.setObjectName(u"landlordPostcodeEdit")
        self.landlordPostcodeEdit.setMaxLength(4)

        self.landlordPostcodeLayout.addWidget(self.landlordPostcodeEdit)

        self.landlordPlaceLabel = QLabel(self.landlordGroup)
        self.landlordPlaceLabel.setObjectName(u"landlordPlaceLabel")
        self.landlordPlaceLabel.setText(u"")

        self.landlordPostcodeLayout.addWidget(self.landlordPlaceLabel)

        self.landlordPostcodeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.landlordPostcodeLayout.addItem(self.landlordPostcodeSpacer)


        self.landlordForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.landlordPostcodeLayout)

        self.landlordPhoneLabel = QLabel(self.landlordGroup)
        self.landlordPhoneLabel.setObjectName(u"landlordPhoneLabel")

        self.landlordForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.landlordPhoneLabel)

        self.landlordPhoneEdit = QLineEdit(self.landlordGroup)
        self.landlordPhoneEdit.setObjectName(u"landlordPhoneEdit")
        self.landlordPhoneEdit.setMaxLength(50)

        self.landlordForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.landlordPhoneEdit)

        self.landlordEmailLabel = QLabel(self.landlordGroup)
        self.landlordEmailLabel.setObjectName(u"landlordEmailLabel")

        self.landlordForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.landlordEmailLabel)

        self.landlordEmailEdit = QLineEdit(self.landlordGroup)
        self.landlordEmailEdit.setObjectName(u"landlordEmailEdit")
        self.landlordEmailEdit.setMaxLength(200)

        self.landlordForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.landlordEmailEdit)


        self.dwellingLayout.addWidget(self.landlordGroup)

        self.dwellingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dwellingLayout.addItem(self.dwellingSpacer)

        self.tabs.addTab(self.dwellingTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsLayout = QVBoxLayout(self.contactsTab)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsTable = QTableWidget(self.contactsTab)
        self.contactsTable.setObjectName(u"contactsTable")
        self.contactsTable.setTabKeyNavigation(False)
        self.contactsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactsTable.horizontalHeader().setStretchLastSection(True)
        self.contactsTable.verticalHeader().setVisible(False)

        self.contactsLayout.addWidget(self.contactsTable)

        self.contactButtons = QHBoxLayout()
        self.contactButtons.setObjectName(u"contactButtons")
        self.addContactButton = QPushButton(self.contactsTab)
        self.addContactButton.setObjectName(u"addContactButton")

        self.contactButtons.addWidget(self.addContactButton)

        self.removeContactButton = QPushButton(self.contactsTab)
        self.removeContactButton.setObjectName(u"removeContactButton")

        self.contactButtons.addWidget(self.removeContactButton)

        self.contactSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactButtons.addItem(self.contactSpacer)


        self.contactsLayout.addLayout(self.contactButtons)

        self.tabs.addTab(self.contactsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(FamilyEditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FamilyEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.caseNumberLabel.setBuddy(self.caseNumberEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.centreLabel.setBuddy(self.centreCombo)
        self.workerLabel.setBuddy(self.workerCombo)
        self.arrivalLabel.setBuddy(self.arrivalDateEdit)
        self.exitLabel.setBuddy(self.exitDateEdit)
        self.destinationLabel.setBuddy(self.destinationEdit)
        self.givenNamesLabel.setBuddy(self.givenNamesEdit)
        self.familyNameLabel.setBuddy(self.familyNameEdit)
        self.relationLabel.setBuddy(self.relationCombo)
        self.sexLabel.setBuddy(self.sexCombo)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.nationalityLabel.setBuddy(self.nationalityCombo)
        self.languagesLabel.setBuddy(self.languagesList)
        self.preferredLabel.setBuddy(self.preferredCombo)
        self.nrnLabel.setBuddy(self.nationalNumberEdit)
        self.inBelgiumLabel.setBuddy(self.inBelgiumCheck)
        self.cardTypeLabel.setBuddy(self.cardTypeCombo)
        self.cardNumberLabel.setBuddy(self.cardNumberEdit)
        self.cardExpiryLabel.setBuddy(self.cardExpiryEdit)
        self.protectionTypeLabel.setBuddy(self.protectionTypeCombo)
        self.decidingBodyLabel.setBuddy(self.decidingBodyCombo)
        self.applicationDateLabel.setBuddy(self.applicationDateEdit)
        self.decisionDateLabel.setBuddy(self.decisionDateEdit)
        self.notificationDateLabel.setBuddy(self.notificationDateEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.oeNumberLabel.setBuddy(self.oeNumberEdit)
        self.dwellingAddressLabel.setBuddy(self.dwellingAddressEdit)
        self.dwellingPostcodeLabel.setBuddy(self.dwellingPostcodeEdit)
        self.dwellingMunicipalityLabel.setBuddy(self.dwellingMunicipalityEdit)
        self.moveInLabel.setBuddy(self.moveInDateEdit)
        self.rentLabel.setBuddy(self.rentEdit)
        self.chargesLabel.setBuddy(self.chargesEdit)
        self.guaranteeLabel.setBuddy(self.guaranteeEdit)
        self.landlordNameLabel.setBuddy(self.landlordNameEdit)
        self.landlordAddressLabel.setBuddy(self.landlordAddressEdit)
        self.landlordPostcodeLabel.setBuddy(self.landlordPostcodeEdit)
        self.landlordPhoneLabel.setBuddy(self.landlordPhoneEdit)
        self.landlordEmailLabel.setBuddy(self.landlordEmailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.caseNumberEdit)
        QWidget.setTabOrder(self.caseNumberEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.centreCombo)
        QWidget.setTabOrder(self.centreCombo, self.workerCombo)
        QWidget.setTabOrder(self.workerCombo, self.arrivalDateEdit)
        QWidget.setTabOrder(self.arrivalDateEdit, self.exitDateEdit)
        QWidget.setTabOrder(self.exitDateEdit, self.destinationEdit)
        QWidget.setTabOrder(self.destinationEdit, self.membersTable)
        QWidget.setTabOrder(self.membersTable, self.addMemberButton)
        QWidget.setTabOrder(self.addMemberButton, self.removeMemberButton)
        QWidget.setTabOrder(self.removeMemberButton, self.givenNamesEdit)
        QWidget.setTabOrder(self.givenNamesEdit, self.familyNameEdit)
        QWidget.setTabOrder(self.familyNameEdit, self.relationCombo)
        QWidget.setTabOrder(self.relationCombo, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.nationalityCombo)
        QWidget.setTabOrder(self.nationalityCombo, self.languagesList)
        QWidget.setTabOrder(self.languagesList, self.preferredCombo)
        QWidget.setTabOrder(self.preferredCombo, self.nationalNumberEdit)
        QWidget.setTabOrder(self.nationalNumberEdit, self.inBelgiumCheck)
        QWidget.setTabOrder(self.inBelgiumCheck, self.cardTypeCombo)
        QWidget.setTabOrder(self.cardTypeCombo, self.cardNumberEdit)
        QWidget.setTabOrder(self.cardNumberEdit, self.cardExpiryEdit)
        QWidget.setTabOrder(self.cardExpiryEdit, self.decisionGroup)
        QWidget.setTabOrder(self.decisionGroup, self.protectionTypeCombo)
        QWidget.setTabOrder(self.protectionTypeCombo, self.decidingBodyCombo)
        QWidget.setTabOrder(self.decidingBodyCombo, self.applicationDateEdit)
        QWidget.setTabOrder(self.applicationDateEdit, self.decisionDateEdit)
        QWidget.setTabOrder(self.decisionDateEdit, self.notificationDateEdit)
        QWidget.setTabOrder(self.notificationDateEdit, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.oeNumberEdit)
        QWidget.setTabOrder(self.oeNumberEdit, self.dwellingAddressEdit)
        QWidget.setTabOrder(self.dwellingAddressEdit, self.dwellingPostcodeEdit)
        QWidget.setTabOrder(self.dwellingPostcodeEdit, self.dwellingMunicipalityEdit)
        QWidget.setTabOrder(self.dwellingMunicipalityEdit, self.moveInDateEdit)
        QWidget.setTabOrder(self.moveInDateEdit, self.rentEdit)
        QWidget.setTabOrder(self.rentEdit, self.chargesEdit)
        QWidget.setTabOrder(self.chargesEdit, self.guaranteeEdit)
        QWidget.setTabOrder(self.guaranteeEdit, self.landlordNameEdit)
        QWidget.setTabOrder(self.landlordNameEdit, self.landlordAddressEdit)
        QWidget.setTabOrder(self.landlordAddressEdit, self.landlordPostcodeEdit)
        QWidget.setTabOrder(self.landlordPostcodeEdit, self.landlordPhoneEdit)
        QWidget.setTabOrder(self.landlordPhoneEdit, self.landlordEmailEdit)
        QWidget.setTabOrder(self.landlordEmailEdit, self.contactsTable)
        QWidget.setTabOrder(self.contactsTable, self.addContactButton)
        QWidget.setTabOrder(self.addContactButton, self.removeContactButton)
        QWidget.setTabOrder(self.removeContactButton, self.buttonBox)

        self.retranslateUi(FamilyEditDialog)

        QMetaObject.connectSlotsByName(FamilyEditDialog)
    # setupUi

    def retranslateUi(self, FamilyEditDialog):
        FamilyEditDialog.setWindowTitle(QCoreApplication.translate("FamilyEditDialog", u"Family", None))
        self.caseNumberLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Case &number", None))
        self.caseNumberEdit.setPlaceholderText(QCoreApplication.translate("FamilyEditDialog", u"Generated when left empty", None))
        self.statusLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"&Status", None))
        self.centreLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Reception c&entre", None))
        self.workerLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Social &worker", None))
        self.arrivalLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"&Arrival date", None))
        self.exitLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"E&xit date", None))
        self.destinationLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Mo&ving to (municipality)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.householdTab), QCoreApplication.translate("FamilyEditDialog", u"&Household", None))
#if QT_CONFIG(accessibility)
        self.membersTable.setAccessibleName(QCoreApplication.translate("FamilyEditDialog", u"Household members", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.membersTable.setAccessibleDescription(QCoreApplication.translate("FamilyEditDialog", u"The selected member's details are below the list. Delete removes the selected member, after asking.", None))
#endif // QT_CONFIG(accessibility)
        self.addMemberButton.setText(QCoreApplication.translate("FamilyEditDialog", u"&Add member", None))
        self.removeMemberButton.setText(QCoreApplication.translate("FamilyEditDialog", u"&Remove member", None))
        self.memberGroup.setTitle(QCoreApplication.translate("FamilyEditDialog", u"Selected member", None))
        self.givenNamesLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"&Given names", None))
        self.givenNamesEdit.setPlaceholderText("")
        self.familyNameLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"&Family name", None))
        self.familyNameEdit.setPlaceholderText("")
        self.relationLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Re&lation", None))
        self.sexLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Se&x", None))
        self.birthDateLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"&Birth date", None))
        self.nationalityLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Nat&ionality", None))
        self.languagesLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"La&nguages spoken", None))
#if QT_CONFIG(accessibility)
        self.languagesList.setAccessibleDescription(QCoreApplication.translate("FamilyEditDialog", u"Space ticks or unticks the selected language.", None))
#endif // QT_CONFIG(accessibility)
        self.preferredLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"&Preferred language", None))
        self.nrnLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Na&tional register number", None))
        self.nationalNumberEdit.setPlaceholderText(QCoreApplication.translate("FamilyEditDialog", u"YY.MM.DD-XXX.CC", None))
        self.inBelgiumLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Where", None))
        self.inBelgiumCheck.setText(QCoreApplication.translate("FamilyEditDialog", u"In Belgium (untick if abroad, awaiting reunification)", None))
        self.cardTypeLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"R&esidence card", None))
        self.cardNumberLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Card n&umber", None))
        self.cardNumberEdit.setPlaceholderText("")
        self.cardExpiryLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Card expire&s", None))
        self.tabs.setTabText(self.tabs.indexOf(self.membersTab), QCoreApplication.translate("FamilyEditDialog", u"&Members", None))
        self.decisionGroup.setTitle(QCoreApplication.translate("FamilyEditDialog", u"Protection granted", None))
        self.protectionTypeLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Protection &status", None))
        self.decidingBodyLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Decided &by", None))
        self.applicationDateLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Asylum &application date", None))
        self.decisionDateLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"D&ecision date", None))
        self.notificationDateLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"&Notification date", None))
        self.referenceLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"&Reference", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("FamilyEditDialog", u"CGRS file number", None))
        self.oeNumberLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Immigration Office (OE/DV&Z) number", None))
        self.oeNumberEdit.setPlaceholderText(QCoreApplication.translate("FamilyEditDialog", u"e.g. 8.123.456", None))
#if QT_CONFIG(tooltip)
        self.oeNumberEdit.setToolTip(QCoreApplication.translate("FamilyEditDialog", u"The family's file number at the Office des Etrangers / Dienst Vreemdelingenzaken, as on its letters. A CPAS asks for it.", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.decisionTab), QCoreApplication.translate("FamilyEditDialog", u"&Decision", None))
        self.dwellingIntroLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"The family's new home, once found: entered here once, it fills in the letters (rental guarantee, CPAS, change of address).", None))
        self.dwellingGroup.setTitle(QCoreApplication.translate("FamilyEditDialog", u"New home", None))
        self.dwellingAddressLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Street, number, &box", None))
        self.dwellingAddressEdit.setPlaceholderText(QCoreApplication.translate("FamilyEditDialog", u"e.g. Rue Haute 5 bte 2", None))
        self.dwellingPostcodeLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"&Postcode", None))
        self.dwellingPostcodeEdit.setPlaceholderText(QCoreApplication.translate("FamilyEditDialog", u"4 digits", None))
        self.dwellingMunicipalityLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"M&unicipality", None))
        self.moveInLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Mo&ve-in date", None))
        self.rentLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Monthly &rent", None))
#if QT_CONFIG(accessibility)
        self.rentEdit.setAccessibleName(QCoreApplication.translate("FamilyEditDialog", u"Monthly rent in euros", None))
#endif // QT_CONFIG(accessibility)
        self.rentUnit.setText(QCoreApplication.translate("FamilyEditDialog", u"\u20ac a month", None))
        self.chargesLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Month&ly charges", None))
#if QT_CONFIG(accessibility)
        self.chargesEdit.setAccessibleName(QCoreApplication.translate("FamilyEditDialog", u"Monthly charges in euros", None))
#endif // QT_CONFIG(accessibility)
        self.chargesUnit.setText(QCoreApplication.translate("FamilyEditDialog", u"\u20ac a month", None))
        self.guaranteeLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Rental gu&arantee (deposit)", None))
#if QT_CONFIG(accessibility)
        self.guaranteeEdit.setAccessibleName(QCoreApplication.translate("FamilyEditDialog", u"Rental guarantee in euros", None))
#endif // QT_CONFIG(accessibility)
        self.guaranteeUnit.setText(QCoreApplication.translate("FamilyEditDialog", u"\u20ac", None))
        self.landlordGroup.setTitle(QCoreApplication.translate("FamilyEditDialog", u"Landlord", None))
        self.landlordNameLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"&Name", None))
        self.landlordNameEdit.setPlaceholderText(QCoreApplication.translate("FamilyEditDialog", u"Person or agency", None))
        self.landlordAddressLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Addre&ss", None))
        self.landlordAddressEdit.setPlaceholderText(QCoreApplication.translate("FamilyEditDialog", u"Street, number, box", None))
        self.landlordPostcodeLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Pos&tcode", None))
        self.landlordPostcodeEdit.setPlaceholderText(QCoreApplication.translate("FamilyEditDialog", u"4 digits", None))
        self.landlordPhoneLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"Phon&e", None))
        self.landlordEmailLabel.setText(QCoreApplication.translate("FamilyEditDialog", u"E-ma&il", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dwellingTab), QCoreApplication.translate("FamilyEditDialog", u"New h&ome", None))
#if QT_CONFIG(accessibility)
        self.contactsTable.setAccessibleName(QCoreApplication.translate("FamilyEditDialog", u"Contact details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contactsTable.setAccessibleDescription(QCoreApplication.translate("FamilyEditDialog", u"F2 changes the selected cell; Delete removes the selected contact, after asking.", None))
#endif // QT_CONFIG(accessibility)
        self.addContactButton.setText(QCoreApplication.translate("FamilyEditDialog", u"&Add contact", None))
        self.removeContactButton.setText(QCoreApplication.translate("FamilyEditDialog", u"Remove con&tact", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contactsTab), QCoreApplication.translate("FamilyEditDialog", u"&Contacts", None))
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("FamilyEditDialog", u"Problems to fix before saving", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

