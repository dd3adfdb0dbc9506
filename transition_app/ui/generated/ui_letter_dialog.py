# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_LetterDialog(object):
    def setupUi(self, LetterDialog):
        if not LetterDialog.objectName():
            LetterDialog.setObjectName(u"LetterDialog")
        LetterDialog.resize(620, 520)
        self.dialogLayout = QVBoxLayout(LetterDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.familyLabel = QLabel(LetterDialog)
        self.familyLabel.setObjectName(u"familyLabel")
        self.familyLabel.setText(u"\u2014")

        self.dialogLayout.addWidget(self.familyLabel)

        self.choiceForm = QFormLayout()
        self.choiceForm.setObjectName(u"choiceForm")
        self.templateLabel = QLabel(LetterDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.choiceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateCombo = QComboBox(LetterDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.choiceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.descriptionLabel = QLabel(LetterDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setText(u"")
        self.descriptionLabel.setWordWrap(True)

        self.choiceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionLabel)

        self.authorityLabel = QLabel(LetterDialog)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.choiceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityCombo = QComboBox(LetterDialog)
        self.authorityCombo.setObjectName(u"authorityCombo")

        self.choiceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.authorityCombo)

        self.familyLanguageLabel = QLabel(LetterDialog)
        self.familyLanguageLabel.setObjectName(u"familyLanguageLabel")

        self.choiceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.familyLanguageLabel)

        self.familyLanguageCombo = QComboBox(LetterDialog)
        self.familyLanguageCombo.setObjectName(u"familyLanguageCombo")

        self.choiceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.familyLanguageCombo)

        self.layoutLabel = QLabel(LetterDialog)
        self.layoutLabel.setObjectName(u"layoutLabel")

        self.choiceForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.layoutLabel)

        self.layoutCombo = QComboBox(LetterDialog)
        self.layoutCombo.setObjectName(u"layoutCombo")

        self.choiceForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.layoutCombo)


        self.dialogLayout.addLayout(self.choiceForm)

        self.inputsGroup = QGroupBox(LetterDialog)
        self.inputsGroup.setObjectName(u"inputsGroup")
        self.inputsGroupLayout = QVBoxLayout(self.inputsGroup)
        self.inputsGroupLayout.setObjectName(u"inputsGroupLayout")
        self.inputsScroll = QScrollArea(self.inputsGroup)
        self.inputsScroll.setObjectName(u"inputsScroll")
        self.inputsScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.inputsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.inputsScroll.setWidgetResizable(True)
        self.inputsPanel = QWidget()
        self.inputsPanel.setObjectName(u"inputsPanel")
        self.inputsLayout = QVBoxLayout(self.inputsPanel)
        self.inputsLayout.setObjectName(u"inputsLayout")
        self.inputsForm = QFormLayout()
        self.inputsForm.setObjectName(u"inputsForm")

        self.inputsLayout.addLayout(self.inputsForm)

        self.recipientForm = QFormLayout()
        self.recipientForm.setObjectName(u"recipientForm")
        self.recipientLabel = QLabel(self.inputsPanel)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.recipientForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientEdit = QPlainTextEdit(self.inputsPanel)
        self.recipientEdit.setObjectName(u"recipientEdit")
        self.recipientEdit.setTabChangesFocus(True)

        self.recipientForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipientEdit)


        self.inputsLayout.addLayout(self.recipientForm)

        self.dwellingLayout = QHBoxLayout()
        self.dwellingLayout.setObjectName(u"dwellingLayout")
        self.dwellingNote = QLabel(self.inputsPanel)
        self.dwellingNote.setObjectName(u"dwellingNote")
        self.dwellingNote.setWordWrap(True)

        self.dwellingLayout.addWidget(self.dwellingNote)

        self.saveDwellingButton = QPushButton(self.inputsPanel)
        self.saveDwellingButton.setObjectName(u"saveDwellingButton")
        self.saveDwellingButton.setAutoDefault(False)

        self.dwellingLayout.addWidget(self.saveDwellingButton)


        self.inputsLayout.addLayout(self.dwellingLayout)

        self.inputsScroll.setWidget(self.inputsPanel)

        self.inputsGroupLayout.addWidget(self.inputsScroll)


        self.dialogLayout.addWidget(self.inputsGroup)

        self.messageLabel = QLabel(LetterDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.messageLabel)

        self.draftLabel = QLabel(LetterDialog)
        self.draftLabel.setObjectName(u"draftLabel")
        self.draftLabel.setText(u"")
        self.draftLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.draftLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(LetterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.authorityLabel.setBuddy(self.authorityCombo)
        self.familyLanguageLabel.setBuddy(self.familyLanguageCombo)
        self.layoutLabel.setBuddy(self.layoutCombo)
        self.recipientLabel.setBuddy(self.recipientEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateCombo, self.authorityCombo)
        QWidget.setTabOrder(self.authorityCombo, self.familyLanguageCombo)
        QWidget.setTabOrder(self.familyLanguageCombo, self.layoutCombo)
        QWidget.setTabOrder(self.layoutCombo, self.recipientEdit)
        QWidget.setTabOrder(self.recipientEdit, self.saveDwellingButton)
        QWidget.setTabOrder(self.saveDwellingButton, self.buttonBox)

        self.retranslateUi(LetterDialog)

        QMetaObject.connectSlotsByName(LetterDialog)
    # setupUi

    def retranslateUi(self, LetterDialog):
        LetterDialog.setWindowTitle(QCoreApplication.translate("LetterDialog", u"Letter", None))
        self.templateLabel.setText(QCoreApplication.translate("LetterDialog", u"&Letter", None))
        self.authorityLabel.setText(QCoreApplication.translate("LetterDialog", u"Language of the &authority", None))
        self.familyLanguageLabel.setText(QCoreApplication.translate("LetterDialog", u"&Family copy in", None))
        self.layoutLabel.setText(QCoreApplication.translate("LetterDialog", u"La&yout", None))
        self.inputsGroup.setTitle(QCoreApplication.translate("LetterDialog", u"Details for this letter", None))
        self.recipientLabel.setText(QCoreApplication.translate("LetterDialog", u"Add&ressee", None))
#if QT_CONFIG(accessibility)
        self.recipientEdit.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Addressee", None))
#endif // QT_CONFIG(accessibility)
        self.recipientEdit.setPlaceholderText(QCoreApplication.translate("LetterDialog", u"Name, then one line per address line", None))
        self.dwellingNote.setText(QCoreApplication.translate("LetterDialog", u"Values marked \u201cfrom the family file\u201d come from the new dwelling recorded there; a change made here is for this letter only until you save it to the family file.", None))
        self.saveDwellingButton.setText(QCoreApplication.translate("LetterDialog", u"&Save to the family file", None))
#if QT_CONFIG(tooltip)
        self.saveDwellingButton.setToolTip(QCoreApplication.translate("LetterDialog", u"Record the address, moving-in date, rent, guarantee and landlord in the family file, so that every letter is prefilled with them", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("LetterDialog", u"What to correct before the letter can be made", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

