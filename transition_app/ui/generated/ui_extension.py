# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'extension.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QFrame, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ExtensionDialog(object):
    def setupUi(self, ExtensionDialog):
        if not ExtensionDialog.objectName():
            ExtensionDialog.setObjectName(u"ExtensionDialog")
        ExtensionDialog.resize(540, 380)
        self.dialogLayout = QVBoxLayout(ExtensionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.monthsLabel = QLabel(ExtensionDialog)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.monthsLabel)

        self.monthsSpin = QSpinBox(ExtensionDialog)
        self.monthsSpin.setObjectName(u"monthsSpin")
        self.monthsSpin.setMinimum(1)
        self.monthsSpin.setMaximum(12)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.monthsSpin)

        self.grantedLabel = QLabel(ExtensionDialog)
        self.grantedLabel.setObjectName(u"grantedLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.grantedLabel)

        self.grantedEdit = QDateEdit(ExtensionDialog)
        self.grantedEdit.setObjectName(u"grantedEdit")
        self.grantedEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.grantedEdit)

        self.reasonLabel = QLabel(ExtensionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(ExtensionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(2000)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.form)

        self.effectLabel = QLabel(ExtensionDialog)
        self.effectLabel.setObjectName(u"effectLabel")
        self.effectLabel.setText(u"")
        self.effectLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.effectLabel)

        self.warningFrame = QFrame(ExtensionDialog)
        self.warningFrame.setObjectName(u"warningFrame")
        self.warningFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.warningLayout = QVBoxLayout(self.warningFrame)
        self.warningLayout.setObjectName(u"warningLayout")
        self.warningLabel = QLabel(self.warningFrame)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.warningLayout.addWidget(self.warningLabel)

        self.beyondLabel = QLabel(self.warningFrame)
        self.beyondLabel.setObjectName(u"beyondLabel")
        self.beyondLabel.setWordWrap(True)

        self.warningLayout.addWidget(self.beyondLabel)

        self.beyondEdit = QLineEdit(self.warningFrame)
        self.beyondEdit.setObjectName(u"beyondEdit")
        self.beyondEdit.setMaxLength(2000)

        self.warningLayout.addWidget(self.beyondEdit)


        self.dialogLayout.addWidget(self.warningFrame)

        self.errorLabel = QLabel(ExtensionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ExtensionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.monthsLabel.setBuddy(self.monthsSpin)
        self.grantedLabel.setBuddy(self.grantedEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.beyondLabel.setBuddy(self.beyondEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.monthsSpin, self.grantedEdit)
        QWidget.setTabOrder(self.grantedEdit, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.beyondEdit)
        QWidget.setTabOrder(self.beyondEdit, self.buttonBox)

        self.retranslateUi(ExtensionDialog)

        QMetaObject.connectSlotsByName(ExtensionDialog)
    # setupUi

    def retranslateUi(self, ExtensionDialog):
        ExtensionDialog.setWindowTitle(QCoreApplication.translate("ExtensionDialog", u"Extension of the stay in reception", None))
        self.monthsLabel.setText(QCoreApplication.translate("ExtensionDialog", u"&Length", None))
#if QT_CONFIG(accessibility)
        self.monthsSpin.setAccessibleName(QCoreApplication.translate("ExtensionDialog", u"Length of the extension in months", None))
#endif // QT_CONFIG(accessibility)
        self.grantedLabel.setText(QCoreApplication.translate("ExtensionDialog", u"&Granted on", None))
        self.reasonLabel.setText(QCoreApplication.translate("ExtensionDialog", u"&Reason", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ExtensionDialog", u"e.g. no housing found despite an active search", None))
#if QT_CONFIG(accessibility)
        self.warningFrame.setAccessibleName(QCoreApplication.translate("ExtensionDialog", u"Warning of the rules", None))
#endif // QT_CONFIG(accessibility)
        self.beyondLabel.setText(QCoreApplication.translate("ExtensionDialog", u"Why go &beyond the maximum?", None))
        self.beyondEdit.setPlaceholderText(QCoreApplication.translate("ExtensionDialog", u"e.g. agreed by Fedasil on 20 November (medical treatment)", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ExtensionDialog", u"Problems to correct", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

