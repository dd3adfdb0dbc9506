# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'step_cards.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox,
    QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_StepCardsDialog(object):
    def setupUi(self, StepCardsDialog):
        if not StepCardsDialog.objectName():
            StepCardsDialog.setObjectName(u"StepCardsDialog")
        StepCardsDialog.resize(540, 320)
        self.dialogLayout = QVBoxLayout(StepCardsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.familyLabel = QLabel(StepCardsDialog)
        self.familyLabel.setObjectName(u"familyLabel")
        self.familyLabel.setText(u"\u2014")

        self.dialogLayout.addWidget(self.familyLabel)

        self.introLabel = QLabel(StepCardsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.familyLanguageLabel = QLabel(StepCardsDialog)
        self.familyLanguageLabel.setObjectName(u"familyLanguageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.familyLanguageLabel)

        self.familyLanguageCombo = QComboBox(StepCardsDialog)
        self.familyLanguageCombo.setObjectName(u"familyLanguageCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.familyLanguageCombo)

        self.authorityLabel = QLabel(StepCardsDialog)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityCombo = QComboBox(StepCardsDialog)
        self.authorityCombo.setObjectName(u"authorityCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authorityCombo)

        self.paperLabel = QLabel(StepCardsDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(StepCardsDialog)
        self.paperCombo.setObjectName(u"paperCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.qrCheck = QCheckBox(StepCardsDialog)
        self.qrCheck.setObjectName(u"qrCheck")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.qrCheck)


        self.dialogLayout.addLayout(self.form)

        self.stepsGroup = QGroupBox(StepCardsDialog)
        self.stepsGroup.setObjectName(u"stepsGroup")
        self.stepsLayout = QVBoxLayout(self.stepsGroup)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.bookletRadio = QRadioButton(self.stepsGroup)
        self.bookletRadio.setObjectName(u"bookletRadio")
        self.bookletRadio.setChecked(True)

        self.stepsLayout.addWidget(self.bookletRadio)

        self.oneLayout = QHBoxLayout()
        self.oneLayout.setObjectName(u"oneLayout")
        self.oneRadio = QRadioButton(self.stepsGroup)
        self.oneRadio.setObjectName(u"oneRadio")

        self.oneLayout.addWidget(self.oneRadio)

        self.stepCombo = QComboBox(self.stepsGroup)
        self.stepCombo.setObjectName(u"stepCombo")
        self.stepCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stepCombo.setMinimumContentsLength(30)

        self.oneLayout.addWidget(self.stepCombo)

        self.oneLayout.setStretch(1, 1)

        self.stepsLayout.addLayout(self.oneLayout)


        self.dialogLayout.addWidget(self.stepsGroup)

        self.draftLabel = QLabel(StepCardsDialog)
        self.draftLabel.setObjectName(u"draftLabel")
        self.draftLabel.setText(u"")
        self.draftLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.draftLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(StepCardsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.familyLanguageLabel.setBuddy(self.familyLanguageCombo)
        self.authorityLabel.setBuddy(self.authorityCombo)
        self.paperLabel.setBuddy(self.paperCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.familyLanguageCombo, self.authorityCombo)
        QWidget.setTabOrder(self.authorityCombo, self.paperCombo)
        QWidget.setTabOrder(self.paperCombo, self.qrCheck)
        QWidget.setTabOrder(self.qrCheck, self.bookletRadio)
        QWidget.setTabOrder(self.bookletRadio, self.oneRadio)
        QWidget.setTabOrder(self.oneRadio, self.stepCombo)
        QWidget.setTabOrder(self.stepCombo, self.buttonBox)

        self.retranslateUi(StepCardsDialog)

        QMetaObject.connectSlotsByName(StepCardsDialog)
    # setupUi

    def retranslateUi(self, StepCardsDialog):
        StepCardsDialog.setWindowTitle(QCoreApplication.translate("StepCardsDialog", u"Step cards", None))
        self.introLabel.setText(QCoreApplication.translate("StepCardsDialog", u"A printable page per step in the family's language, with the authority's language underneath: what the step is, where to go, what to bring, by when and what comes next.", None))
        self.familyLanguageLabel.setText(QCoreApplication.translate("StepCardsDialog", u"&Family's language", None))
        self.authorityLabel.setText(QCoreApplication.translate("StepCardsDialog", u"Language &underneath", None))
        self.paperLabel.setText(QCoreApplication.translate("StepCardsDialog", u"P&aper", None))
        self.qrCheck.setText(QCoreApplication.translate("StepCardsDialog", u"&QR code of the address on the family's cards (a phone opens it in its map)", None))
        self.stepsGroup.setTitle(QCoreApplication.translate("StepCardsDialog", u"Cards", None))
        self.bookletRadio.setText(QCoreApplication.translate("StepCardsDialog", u"A booklet of all open &steps", None))
        self.oneRadio.setText(QCoreApplication.translate("StepCardsDialog", u"&One card for", None))
#if QT_CONFIG(accessibility)
        self.stepCombo.setAccessibleName(QCoreApplication.translate("StepCardsDialog", u"Step of the card", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

