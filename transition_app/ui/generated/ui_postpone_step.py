# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'postpone_step.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PostponeStepDialog(object):
    def setupUi(self, PostponeStepDialog):
        if not PostponeStepDialog.objectName():
            PostponeStepDialog.setObjectName(u"PostponeStepDialog")
        PostponeStepDialog.resize(500, 300)
        self.dialogLayout = QVBoxLayout(PostponeStepDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.stepLabel = QLabel(PostponeStepDialog)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setText(u"\u2014")
        self.stepLabel.setWordWrap(True)
        self.stepLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.stepLabel)

        self.computedLabel = QLabel(PostponeStepDialog)
        self.computedLabel.setObjectName(u"computedLabel")
        self.computedLabel.setText(u"")
        self.computedLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.computedLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(PostponeStepDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(PostponeStepDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.reasonLabel = QLabel(PostponeStepDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(PostponeStepDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(2000)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(PostponeStepDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.clearButton = QPushButton(PostponeStepDialog)
        self.clearButton.setObjectName(u"clearButton")
        self.clearButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.clearButton)

        self.buttonBox = QDialogButtonBox(PostponeStepDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.buttonBox)

        self.retranslateUi(PostponeStepDialog)

        QMetaObject.connectSlotsByName(PostponeStepDialog)
    # setupUi

    def retranslateUi(self, PostponeStepDialog):
        PostponeStepDialog.setWindowTitle(QCoreApplication.translate("PostponeStepDialog", u"New due date for a step", None))
        self.dateLabel.setText(QCoreApplication.translate("PostponeStepDialog", u"New &due date", None))
        self.reasonLabel.setText(QCoreApplication.translate("PostponeStepDialog", u"&Reason", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("PostponeStepDialog", u"e.g. the CPAS/OCMW has no appointment before then", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("PostponeStepDialog", u"Problems to correct", None))
#endif // QT_CONFIG(accessibility)
        self.clearButton.setText(QCoreApplication.translate("PostponeStepDialog", u"Back to the &computed date", None))
    # retranslateUi

