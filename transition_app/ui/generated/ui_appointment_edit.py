# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appointment_edit.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTimeEdit, QVBoxLayout, QWidget)

from transition_app.ui.widgets.date_edit import DateEdit

class Ui_AppointmentEditDialog(object):
    def setupUi(self, AppointmentEditDialog):
        if not AppointmentEditDialog.objectName():
            AppointmentEditDialog.setObjectName(u"AppointmentEditDialog")
        AppointmentEditDialog.resize(520, 400)
        self.dialogLayout = QVBoxLayout(AppointmentEditDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.familyLabel = QLabel(AppointmentEditDialog)
        self.familyLabel.setObjectName(u"familyLabel")
        self.familyLabel.setText(u"\u2014")
        self.familyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.familyLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(AppointmentEditDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(AppointmentEditDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dateLabel = QLabel(AppointmentEditDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(AppointmentEditDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.timeLabel = QLabel(AppointmentEditDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeLayout = QHBoxLayout()
        self.timeLayout.setObjectName(u"timeLayout")
        self.startTimeEdit = QTimeEdit(AppointmentEditDialog)
        self.startTimeEdit.setObjectName(u"startTimeEdit")
        self.startTimeEdit.setDisplayFormat(u"HH:mm")

        self.timeLayout.addWidget(self.startTimeEdit)

        self.untilLabel = QLabel(AppointmentEditDialog)
        self.untilLabel.setObjectName(u"untilLabel")

        self.timeLayout.addWidget(self.untilLabel)

        self.endTimeEdit = QTimeEdit(AppointmentEditDialog)
        self.endTimeEdit.setObjectName(u"endTimeEdit")
        self.endTimeEdit.setDisplayFormat(u"HH:mm")

        self.timeLayout.addWidget(self.endTimeEdit)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeLayout.addItem(self.timeSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.timeLayout)

        self.placeLabel = QLabel(AppointmentEditDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(AppointmentEditDialog)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(300)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.bringLabel = QLabel(AppointmentEditDialog)
        self.bringLabel.setObjectName(u"bringLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bringLabel)

        self.bringEdit = QPlainTextEdit(AppointmentEditDialog)
        self.bringEdit.setObjectName(u"bringEdit")
        self.bringEdit.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bringEdit)

        self.accompaniedLabel = QLabel(AppointmentEditDialog)
        self.accompaniedLabel.setObjectName(u"accompaniedLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.accompaniedLabel)

        self.accompaniedEdit = QLineEdit(AppointmentEditDialog)
        self.accompaniedEdit.setObjectName(u"accompaniedEdit")
        self.accompaniedEdit.setMaxLength(200)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.accompaniedEdit)

        self.stepLabel = QLabel(AppointmentEditDialog)
        self.stepLabel.setObjectName(u"stepLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.stepLabel)

        self.stepCombo = QComboBox(AppointmentEditDialog)
        self.stepCombo.setObjectName(u"stepCombo")
        self.stepCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stepCombo.setMinimumContentsLength(30)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.stepCombo)


        self.dialogLayout.addLayout(self.form)

        self.errorLabel = QLabel(AppointmentEditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.removeButton = QPushButton(AppointmentEditDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonsLayout.addWidget(self.removeButton)

        self.buttonBox = QDialogButtonBox(AppointmentEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.startTimeEdit)
        self.untilLabel.setBuddy(self.endTimeEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.bringLabel.setBuddy(self.bringEdit)
        self.accompaniedLabel.setBuddy(self.accompaniedEdit)
        self.stepLabel.setBuddy(self.stepCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.startTimeEdit)
        QWidget.setTabOrder(self.startTimeEdit, self.endTimeEdit)
        QWidget.setTabOrder(self.endTimeEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.bringEdit)
        QWidget.setTabOrder(self.bringEdit, self.accompaniedEdit)
        QWidget.setTabOrder(self.accompaniedEdit, self.stepCombo)
        QWidget.setTabOrder(self.stepCombo, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.buttonBox)

        self.retranslateUi(AppointmentEditDialog)

        QMetaObject.connectSlotsByName(AppointmentEditDialog)
    # setupUi

    def retranslateUi(self, AppointmentEditDialog):
        AppointmentEditDialog.setWindowTitle(QCoreApplication.translate("AppointmentEditDialog", u"Appointment", None))
        self.titleLabel.setText(QCoreApplication.translate("AppointmentEditDialog", u"&Appointment", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("AppointmentEditDialog", u"e.g. CPAS \u2014 first interview", None))
        self.dateLabel.setText(QCoreApplication.translate("AppointmentEditDialog", u"&Date", None))
        self.timeLabel.setText(QCoreApplication.translate("AppointmentEditDialog", u"&Time", None))
#if QT_CONFIG(accessibility)
        self.startTimeEdit.setAccessibleName(QCoreApplication.translate("AppointmentEditDialog", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.untilLabel.setText(QCoreApplication.translate("AppointmentEditDialog", u"&until", None))
#if QT_CONFIG(accessibility)
        self.endTimeEdit.setAccessibleName(QCoreApplication.translate("AppointmentEditDialog", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("AppointmentEditDialog", u"&Place", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("AppointmentEditDialog", u"Name and address", None))
        self.bringLabel.setText(QCoreApplication.translate("AppointmentEditDialog", u"What to &bring", None))
        self.bringEdit.setPlaceholderText(QCoreApplication.translate("AppointmentEditDialog", u"One item per line", None))
#if QT_CONFIG(accessibility)
        self.bringEdit.setAccessibleDescription(QCoreApplication.translate("AppointmentEditDialog", u"One item per line", None))
#endif // QT_CONFIG(accessibility)
        self.accompaniedLabel.setText(QCoreApplication.translate("AppointmentEditDialog", u"Accompanied b&y", None))
        self.accompaniedEdit.setPlaceholderText(QCoreApplication.translate("AppointmentEditDialog", u"e.g. the buddy, an interpreter", None))
        self.stepLabel.setText(QCoreApplication.translate("AppointmentEditDialog", u"Checklist &step", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("AppointmentEditDialog", u"Problems to correct", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("AppointmentEditDialog", u"&Remove appointment\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("AppointmentEditDialog", u"The appointment is cancelled: it leaves the lists and calendars", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

