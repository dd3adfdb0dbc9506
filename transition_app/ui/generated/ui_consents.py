# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consents.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget)

from transition_app.ui.widgets.date_edit import DateEdit

class Ui_ConsentsDialog(object):
    def setupUi(self, ConsentsDialog):
        if not ConsentsDialog.objectName():
            ConsentsDialog.setObjectName(u"ConsentsDialog")
        ConsentsDialog.resize(820, 480)
        self.layout = QVBoxLayout(ConsentsDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(ConsentsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.consentsTable = QTableWidget(ConsentsDialog)
        self.consentsTable.setObjectName(u"consentsTable")
        self.consentsTable.setTabKeyNavigation(False)
        self.consentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.consentsTable)

        self.newGroup = QGroupBox(ConsentsDialog)
        self.newGroup.setObjectName(u"newGroup")
        self.newForm = QFormLayout(self.newGroup)
        self.newForm.setObjectName(u"newForm")
        self.purposeCodeLabel = QLabel(self.newGroup)
        self.purposeCodeLabel.setObjectName(u"purposeCodeLabel")

        self.newForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.purposeCodeLabel)

        self.purposeCombo = QComboBox(self.newGroup)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.newForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.purposeCombo)

        self.purposeLabel = QLabel(self.newGroup)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.newForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QLineEdit(self.newGroup)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setMaxLength(200)

        self.newForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.recipientLabel = QLabel(self.newGroup)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.newForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientCombo = QComboBox(self.newGroup)
        self.recipientCombo.setObjectName(u"recipientCombo")
        self.recipientCombo.setEditable(True)

        self.newForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recipientCombo)

        self.sharedWithLabel = QLabel(self.newGroup)
        self.sharedWithLabel.setObjectName(u"sharedWithLabel")

        self.newForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sharedWithLabel)

        self.sharedWithEdit = QLineEdit(self.newGroup)
        self.sharedWithEdit.setObjectName(u"sharedWithEdit")
        self.sharedWithEdit.setMaxLength(200)

        self.newForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sharedWithEdit)

        self.confidentialCheck = QCheckBox(self.newGroup)
        self.confidentialCheck.setObjectName(u"confidentialCheck")

        self.newForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confidentialCheck)

        self.personLabel = QLabel(self.newGroup)
        self.personLabel.setObjectName(u"personLabel")

        self.newForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(self.newGroup)
        self.personCombo.setObjectName(u"personCombo")

        self.newForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.givenOnLabel = QLabel(self.newGroup)
        self.givenOnLabel.setObjectName(u"givenOnLabel")

        self.newForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.givenOnLabel)

        self.givenOnEdit = DateEdit(self.newGroup)
        self.givenOnEdit.setObjectName(u"givenOnEdit")

        self.newForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.givenOnEdit)


        self.layout.addWidget(self.newGroup)

        self.errorLabel = QLabel(ConsentsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(ConsentsDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.withdrawButton = QPushButton(ConsentsDialog)
        self.withdrawButton.setObjectName(u"withdrawButton")

        self.buttonLayout.addWidget(self.withdrawButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ConsentsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.purposeCodeLabel.setBuddy(self.purposeCombo)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.recipientLabel.setBuddy(self.recipientCombo)
        self.sharedWithLabel.setBuddy(self.sharedWithEdit)
        self.personLabel.setBuddy(self.personCombo)
        self.givenOnLabel.setBuddy(self.givenOnEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.consentsTable, self.purposeCombo)
        QWidget.setTabOrder(self.purposeCombo, self.purposeEdit)
        QWidget.setTabOrder(self.purposeEdit, self.recipientCombo)
        QWidget.setTabOrder(self.recipientCombo, self.sharedWithEdit)
        QWidget.setTabOrder(self.sharedWithEdit, self.confidentialCheck)
        QWidget.setTabOrder(self.confidentialCheck, self.personCombo)
        QWidget.setTabOrder(self.personCombo, self.givenOnEdit)
        QWidget.setTabOrder(self.givenOnEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.withdrawButton)
        QWidget.setTabOrder(self.withdrawButton, self.closeButton)

        self.retranslateUi(ConsentsDialog)

        QMetaObject.connectSlotsByName(ConsentsDialog)
    # setupUi

    def retranslateUi(self, ConsentsDialog):
        ConsentsDialog.setWindowTitle(QCoreApplication.translate("ConsentsDialog", u"Consents", None))
        self.introLabel.setText(QCoreApplication.translate("ConsentsDialog", u"What the family agreed may be shared, with whom, and when the consent was given or withdrawn.", None))
#if QT_CONFIG(accessibility)
        self.consentsTable.setAccessibleName(QCoreApplication.translate("ConsentsDialog", u"Consent records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consentsTable.setAccessibleDescription(QCoreApplication.translate("ConsentsDialog", u"Delete records the selected consent as withdrawn today, after asking.", None))
#endif // QT_CONFIG(accessibility)
        self.newGroup.setTitle(QCoreApplication.translate("ConsentsDialog", u"New consent", None))
        self.purposeCodeLabel.setText(QCoreApplication.translate("ConsentsDialog", u"&For", None))
#if QT_CONFIG(accessibility)
        self.purposeCombo.setAccessibleName(QCoreApplication.translate("ConsentsDialog", u"What the consent is for", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("ConsentsDialog", u"&What is shared", None))
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("ConsentsDialog", u"e.g. handover dossier, school enrolment", None))
        self.recipientLabel.setText(QCoreApplication.translate("ConsentsDialog", u"Reci&pient in the directory", None))
#if QT_CONFIG(accessibility)
        self.recipientCombo.setAccessibleName(QCoreApplication.translate("ConsentsDialog", u"Recipient in the directory", None))
#endif // QT_CONFIG(accessibility)
        self.sharedWithLabel.setText(QCoreApplication.translate("ConsentsDialog", u"&Shared with", None))
        self.sharedWithEdit.setPlaceholderText(QCoreApplication.translate("ConsentsDialog", u"e.g. CPAS de Li\u00e8ge", None))
        self.confidentialCheck.setText(QCoreApplication.translate("ConsentsDialog", u"Confidential &notes may be shared too", None))
        self.personLabel.setText(QCoreApplication.translate("ConsentsDialog", u"&Given by", None))
        self.givenOnLabel.setText(QCoreApplication.translate("ConsentsDialog", u"Given &on", None))
        self.errorLabel.setText("")
        self.addButton.setText(QCoreApplication.translate("ConsentsDialog", u"&Record consent", None))
        self.withdrawButton.setText(QCoreApplication.translate("ConsentsDialog", u"Withdrawn &today", None))
        self.closeButton.setText(QCoreApplication.translate("ConsentsDialog", u"&Close", None))
    # retranslateUi

