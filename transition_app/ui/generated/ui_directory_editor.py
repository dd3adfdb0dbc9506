# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'directory_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QVBoxLayout, QWidget)

from transition_app.ui.widgets.date_edit import DateEdit

class Ui_DirectoryEditorDialog(object):
    def setupUi(self, DirectoryEditorDialog):
        if not DirectoryEditorDialog.objectName():
            DirectoryEditorDialog.setObjectName(u"DirectoryEditorDialog")
        DirectoryEditorDialog.resize(1150, 680)
        self.layout = QVBoxLayout(DirectoryEditorDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(DirectoryEditorDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(DirectoryEditorDialog)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(DirectoryEditorDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.kindFilterLabel = QLabel(DirectoryEditorDialog)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.searchLayout.addWidget(self.kindFilterLabel)

        self.kindFilter = QComboBox(DirectoryEditorDialog)
        self.kindFilter.setObjectName(u"kindFilter")

        self.searchLayout.addWidget(self.kindFilter)

        self.localOnlyCheck = QCheckBox(DirectoryEditorDialog)
        self.localOnlyCheck.setObjectName(u"localOnlyCheck")

        self.searchLayout.addWidget(self.localOnlyCheck)


        self.layout.addLayout(self.searchLayout)

        self.mainLayout = QHBoxLayout()
        self.mainLayout.setObjectName(u"mainLayout")
        self.entriesTable = QTableWidget(DirectoryEditorDialog)
        self.entriesTable.setObjectName(u"entriesTable")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.entriesTable.sizePolicy().hasHeightForWidth())
        self.entriesTable.setSizePolicy(sizePolicy)
        self.entriesTable.setTabKeyNavigation(False)
        self.entriesTable.setAlternatingRowColors(True)
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entriesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesTable.setWordWrap(False)

        self.mainLayout.addWidget(self.entriesTable)

        self.entryLayout = QVBoxLayout()
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryGroup = QGroupBox(DirectoryEditorDialog)
        self.entryGroup.setObjectName(u"entryGroup")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(2)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.entryGroup.sizePolicy().hasHeightForWidth())
        self.entryGroup.setSizePolicy(sizePolicy1)
        self.entryForm = QFormLayout(self.entryGroup)
        self.entryForm.setObjectName(u"entryForm")
        self.sourceLabel = QLabel(self.entryGroup)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)

        self.entryForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.sourceLabel)

        self.nameLabel = QLabel(self.entryGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.entryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.entryGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.entryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.kindLabel = QLabel(self.entryGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.entryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.entryGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.entryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.serviceLabel = QLabel(self.entryGroup)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.entryForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.serviceCombo = QComboBox(self.entryGroup)
        self.serviceCombo.setObjectName(u"serviceCombo")

        self.entryForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.serviceCombo)

        self.addressLabel = QLabel(self.entryGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.entryForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressCheckedLayout = QHBoxLayout()
        self.addressCheckedLayout.setObjectName(u"addressCheckedLayout")
        self.addressEdit = QLineEdit(self.entryGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(300)

        self.addressCheckedLayout.addWidget(self.addressEdit)

        self.addressCheckedLabel = QLabel(self.entryGroup)
        self.addressCheckedLabel.setObjectName(u"addressCheckedLabel")

        self.addressCheckedLayout.addWidget(self.addressCheckedLabel)

        self.addressCheckedEdit = DateEdit(self.entryGroup)
        self.addressCheckedEdit.setObjectName(u"addressCheckedEdit")

        self.addressCheckedLayout.addWidget(self.addressCheckedEdit)


        self.entryForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.addressCheckedLayout)

        self.postcodeLabel = QLabel(self.entryGroup)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.entryForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcodeEdit = QLineEdit(self.entryGroup)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setMaxLength(4)

        self.entryForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.postcodeEdit)

        self.municipalityLabel = QLabel(self.entryGroup)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.entryForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipalityValue = QLabel(self.entryGroup)
        self.municipalityValue.setObjectName(u"municipalityValue")
        self.municipalityValue.setWordWrap(True)

        self.entryForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.municipalityValue)

        self.phoneLabel = QLabel(self.entryGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.entryForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneCheckedLayout = QHBoxLayout()
        self.phoneCheckedLayout.setObjectName(u"phoneCheckedLayout")
        self.phoneEdit = QLineEdit(self.entryGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(50)

        self.phoneCheckedLayout.addWidget(self.phoneEdit)

        self.phoneCheckedLabel = QLabel(self.entryGroup)
        self.phoneCheckedLabel.setObjectName(u"phoneCheckedLabel")

        self.phoneCheckedLayout.addWidget(self.phoneCheckedLabel)

        self.phoneCheckedEdit = DateEdit(self.entryGroup)
        self.phoneCheckedEdit.setObjectName(u"phoneCheckedEdit")

        self.phoneCheckedLayout.addWidget(self.phoneCheckedEdit)


        self.entryForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.phoneCheckedLayout)

        self.emailLabel = QLabel(self.entryGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.entryForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailCheckedLayout = QHBoxLayout()
        self.emailCheckedLayout.setObjectName(u"emailCheckedLayout")
        self.emailEdit = QLineEdit(self.entryGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.emailCheckedLayout.addWidget(self.emailEdit)

        self.emailCheckedLabel = QLabel(self.entryGroup)
        self.emailCheckedLabel.setObjectName(u"emailCheckedLabel")

        self.emailCheckedLayout.addWidget(self.emailCheckedLabel)

        self.emailCheckedEdit = DateEdit(self.entryGroup)
        self.emailCheckedEdit.setObjectName(u"emailCheckedEdit")

        self.emailCheckedLayout.addWidget(self.emailCheckedEdit)


        self.entryForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.emailCheckedLayout)

        self.websiteLabel = QLabel(self.entryGroup)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.entryForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.websiteEdit = QLineEdit(self.entryGroup)
        self.websiteEdit.setObjectName(u"websiteEdit")
        self.websiteEdit.setMaxLength(300)

        self.entryForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.websiteEdit)

        self.hoursLabel = QLabel(self.entryGroup)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.entryForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursCheckedLayout = QHBoxLayout()
        self.hoursCheckedLayout.setObjectName(u"hoursCheckedLayout")
        self.hoursEdit = QPlainTextEdit(self.entryGroup)
        self.hoursEdit.setObjectName(u"hoursEdit")
        self.hoursEdit.setTabChangesFocus(True)

        self.hoursCheckedLayout.addWidget(self.hoursEdit)

        self.hoursCheckedLabel = QLabel(self.entryGroup)
        self.hoursCheckedLabel.setObjectName(u"hoursCheckedLabel")

        self.hoursCheckedLayout.addWidget(self.hoursCheckedLabel)

        self.hoursCheckedEdit = DateEdit(self.entryGroup)
        self.hoursCheckedEdit.setObjectName(u"hoursCheckedEdit")

        self.hoursCheckedLayout.addWidget(self.hoursCheckedEdit)


        self.entryForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.hoursCheckedLayout)

        self.languagesLabel = QLabel(self.entryGroup)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.entryForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesEdit = QLineEdit(self.entryGroup)
        self.languagesEdit.setObjectName(u"languagesEdit")

        self.entryForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.languagesEdit)

        self.notesLabel = QLabel(self.entryGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.entryForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.entryGroup)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.entryForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.uncertainCheck = QCheckBox(self.entryGroup)
        self.uncertainCheck.setObjectName(u"uncertainCheck")

        self.entryForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.uncertainCheck)


        self.entryLayout.addWidget(self.entryGroup)

        self.errorLabel = QLabel(DirectoryEditorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.entryLayout.addWidget(self.errorLabel)

        self.entryButtonsLayout = QHBoxLayout()
        self.entryButtonsLayout.setObjectName(u"entryButtonsLayout")
        self.newButton = QPushButton(DirectoryEditorDialog)
        self.newButton.setObjectName(u"newButton")

        self.entryButtonsLayout.addWidget(self.newButton)

        self.saveButton = QPushButton(DirectoryEditorDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.entryButtonsLayout.addWidget(self.saveButton)

        self.removeButton = QPushButton(DirectoryEditorDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.entryButtonsLayout.addWidget(self.removeButton)

        self.entryButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryButtonsLayout.addItem(self.entryButtonsSpacer)


        self.entryLayout.addLayout(self.entryButtonsLayout)


        self.mainLayout.addLayout(self.entryLayout)


        self.layout.addLayout(self.mainLayout)

        self.closeLayout = QHBoxLayout()
        self.closeLayout.setObjectName(u"closeLayout")
        self.countLabel = QLabel(DirectoryEditorDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.closeLayout.addWidget(self.countLabel)

        self.closeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closeLayout.addItem(self.closeSpacer)

        self.closeButton = QPushButton(DirectoryEditorDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.closeLayout.addWidget(self.closeButton)


        self.layout.addLayout(self.closeLayout)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.kindFilterLabel.setBuddy(self.kindFilter)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.serviceLabel.setBuddy(self.serviceCombo)
        self.addressLabel.setBuddy(self.addressEdit)
        self.addressCheckedLabel.setBuddy(self.addressCheckedEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.phoneCheckedLabel.setBuddy(self.phoneCheckedEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.emailCheckedLabel.setBuddy(self.emailCheckedEdit)
        self.websiteLabel.setBuddy(self.websiteEdit)
        self.hoursLabel.setBuddy(self.hoursEdit)
        self.hoursCheckedLabel.setBuddy(self.hoursCheckedEdit)
        self.languagesLabel.setBuddy(self.languagesEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.kindFilter)
        QWidget.setTabOrder(self.kindFilter, self.localOnlyCheck)
        QWidget.setTabOrder(self.localOnlyCheck, self.entriesTable)
        QWidget.setTabOrder(self.entriesTable, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.serviceCombo)
        QWidget.setTabOrder(self.serviceCombo, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.addressCheckedEdit)
        QWidget.setTabOrder(self.addressCheckedEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.phoneCheckedEdit)
        QWidget.setTabOrder(self.phoneCheckedEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.emailCheckedEdit)
        QWidget.setTabOrder(self.emailCheckedEdit, self.websiteEdit)
        QWidget.setTabOrder(self.websiteEdit, self.hoursEdit)
        QWidget.setTabOrder(self.hoursEdit, self.hoursCheckedEdit)
        QWidget.setTabOrder(self.hoursCheckedEdit, self.languagesEdit)
        QWidget.setTabOrder(self.languagesEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.uncertainCheck)
        QWidget.setTabOrder(self.uncertainCheck, self.newButton)
        QWidget.setTabOrder(self.newButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.closeButton)

        self.retranslateUi(DirectoryEditorDialog)

        QMetaObject.connectSlotsByName(DirectoryEditorDialog)
    # setupUi

    def retranslateUi(self, DirectoryEditorDialog):
        DirectoryEditorDialog.setWindowTitle(QCoreApplication.translate("DirectoryEditorDialog", u"Directory of services", None))
        self.introLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"Municipalities, their CPAS/OCMW and the integration agencies come with the application: add their address and opening hours here. Add the NGOs and offices your centre works with. What is entered here is used instead of what comes with the application.", None))
        self.searchLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("DirectoryEditorDialog", u"name, address, postcode or municipality", None))
        self.kindFilterLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"Sho&w:", None))
        self.localOnlyCheck.setText(QCoreApplication.translate("DirectoryEditorDialog", u"&Only entries added or edited here", None))
#if QT_CONFIG(accessibility)
        self.entriesTable.setAccessibleName(QCoreApplication.translate("DirectoryEditorDialog", u"Directory entries", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entriesTable.setAccessibleDescription(QCoreApplication.translate("DirectoryEditorDialog", u"Choose an entry to see or change it below; Delete removes an entry added here, after asking.", None))
#endif // QT_CONFIG(accessibility)
        self.entryGroup.setTitle(QCoreApplication.translate("DirectoryEditorDialog", u"Entry", None))
        self.sourceLabel.setText("")
        self.nameLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"&Name", None))
        self.kindLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"&Kind", None))
        self.serviceLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"&Place for", None))
#if QT_CONFIG(tooltip)
        self.serviceCombo.setToolTip(QCoreApplication.translate("DirectoryEditorDialog", u"The checklist steps that send the family to this kind of place show this entry under \"Where to go\".", None))
#endif // QT_CONFIG(tooltip)
        self.addressLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"&Address", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("DirectoryEditorDialog", u"street and number", None))
        self.addressCheckedLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"checked on", None))
#if QT_CONFIG(accessibility)
        self.addressCheckedEdit.setAccessibleName(QCoreApplication.translate("DirectoryEditorDialog", u"Date the address was checked", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addressCheckedEdit.setToolTip(QCoreApplication.translate("DirectoryEditorDialog", u"The day this was last checked (by phone, on the website, by letter). Changing the value sets it to today.", None))
#endif // QT_CONFIG(tooltip)
        self.postcodeLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"Postco&de", None))
        self.municipalityLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"Municipality", None))
        self.municipalityValue.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"P&hone", None))
        self.phoneCheckedLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"checked on", None))
#if QT_CONFIG(accessibility)
        self.phoneCheckedEdit.setAccessibleName(QCoreApplication.translate("DirectoryEditorDialog", u"Date the phone number was checked", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.phoneCheckedEdit.setToolTip(QCoreApplication.translate("DirectoryEditorDialog", u"The day this was last checked (by phone, on the website, by letter). Changing the value sets it to today.", None))
#endif // QT_CONFIG(tooltip)
        self.emailLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"&E-mail", None))
        self.emailCheckedLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"checked on", None))
#if QT_CONFIG(accessibility)
        self.emailCheckedEdit.setAccessibleName(QCoreApplication.translate("DirectoryEditorDialog", u"Date the e-mail address was checked", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.emailCheckedEdit.setToolTip(QCoreApplication.translate("DirectoryEditorDialog", u"The day this was last checked (by phone, on the website, by letter). Changing the value sets it to today.", None))
#endif // QT_CONFIG(tooltip)
        self.websiteLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"We&bsite", None))
        self.websiteEdit.setPlaceholderText(QCoreApplication.translate("DirectoryEditorDialog", u"https://\u2026", None))
        self.hoursLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"Opening ho&urs", None))
        self.hoursEdit.setPlaceholderText(QCoreApplication.translate("DirectoryEditorDialog", u"e.g. Monday to Friday 8:30\u201312:00, by appointment in the afternoon", None))
        self.hoursCheckedLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"checked on", None))
#if QT_CONFIG(accessibility)
        self.hoursCheckedEdit.setAccessibleName(QCoreApplication.translate("DirectoryEditorDialog", u"Date the opening hours were checked", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.hoursCheckedEdit.setToolTip(QCoreApplication.translate("DirectoryEditorDialog", u"The day this was last checked (by phone, on the website, by letter). Changing the value sets it to today.", None))
#endif // QT_CONFIG(tooltip)
        self.languagesLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"&Languages spoken", None))
        self.languagesEdit.setPlaceholderText(QCoreApplication.translate("DirectoryEditorDialog", u"language codes, e.g. fr nl en ar", None))
        self.notesLabel.setText(QCoreApplication.translate("DirectoryEditorDialog", u"No&tes", None))
        self.uncertainCheck.setText(QCoreApplication.translate("DirectoryEditorDialog", u"The address ma&y be wrong: letters ask for it before printing it", None))
        self.errorLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("DirectoryEditorDialog", u"New ent&ry", None))
        self.saveButton.setText(QCoreApplication.translate("DirectoryEditorDialog", u"Sa&ve", None))
        self.removeButton.setText(QCoreApplication.translate("DirectoryEditorDialog", u"Re&move\u2026", None))
        self.countLabel.setText("")
        self.closeButton.setText(QCoreApplication.translate("DirectoryEditorDialog", u"&Close", None))
    # retranslateUi

