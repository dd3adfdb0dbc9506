# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'leave_centre.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit,
    QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LeaveCentreDialog(object):
    def setupUi(self, LeaveCentreDialog):
        if not LeaveCentreDialog.objectName():
            LeaveCentreDialog.setObjectName(u"LeaveCentreDialog")
        LeaveCentreDialog.resize(480, 260)
        self.dialogLayout = QVBoxLayout(LeaveCentreDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(LeaveCentreDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dateLabel = QLabel(LeaveCentreDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(LeaveCentreDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.modeLabel = QLabel(LeaveCentreDialog)
        self.modeLabel.setObjectName(u"modeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeCombo = QComboBox(LeaveCentreDialog)
        self.modeCombo.setObjectName(u"modeCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.modeCombo)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(LeaveCentreDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(LeaveCentreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.modeLabel.setBuddy(self.modeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.modeCombo)
        QWidget.setTabOrder(self.modeCombo, self.buttonBox)

        self.retranslateUi(LeaveCentreDialog)

        QMetaObject.connectSlotsByName(LeaveCentreDialog)
    # setupUi

    def retranslateUi(self, LeaveCentreDialog):
        LeaveCentreDialog.setWindowTitle(QCoreApplication.translate("LeaveCentreDialog", u"The family leaves the centre", None))
        self.introLabel.setText(QCoreApplication.translate("LeaveCentreDialog", u"The case becomes \u201cleft\u201d: the steps of leaving the centre are no longer due, the follow-up steps (papers, CPAS/OCMW, housing, integration) stay on the lists.", None))
        self.dateLabel.setText(QCoreApplication.translate("LeaveCentreDialog", u"&Left on", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleDescription(QCoreApplication.translate("LeaveCentreDialog", u"The day the family left the centre: today or earlier, not before the decision.", None))
#endif // QT_CONFIG(accessibility)
        self.modeLabel.setText(QCoreApplication.translate("LeaveCentreDialog", u"&How they left", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LeaveCentreDialog", u"Problems to correct", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

