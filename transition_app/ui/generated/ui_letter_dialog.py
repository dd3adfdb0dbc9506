# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'letter_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

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
        self.inputsForm = QFormLayout(self.inputsGroup)
        self.inputsForm.setObjectName(u"inputsForm")

        self.dialogLayout.addWidget(self.inputsGroup)

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

#if QT_CONFIG(shortcut)
        self.templateLabel.setBuddy(self.templateCombo)
        self.authorityLabel.setBuddy(self.authorityCombo)
        self.familyLanguageLabel.setBuddy(self.familyLanguageCombo)
        self.layoutLabel.setBuddy(self.layoutCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateCombo, self.authorityCombo)
        QWidget.setTabOrder(self.authorityCombo, self.familyLanguageCombo)
        QWidget.setTabOrder(self.familyLanguageCombo, self.layoutCombo)
        QWidget.setTabOrder(self.layoutCombo, self.buttonBox)

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
    # retranslateUi

