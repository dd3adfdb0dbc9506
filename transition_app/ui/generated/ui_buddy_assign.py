# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'buddy_assign.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
    QPushButton, QVBoxLayout,
    QWidget)

class Ui_BuddyAssignDialog(object):
    def setupUi(self, BuddyAssignDialog):
        if not BuddyAssignDialog.objectName():
            BuddyAssignDialog.setObjectName(u"BuddyAssignDialog")
        BuddyAssignDialog.resize(480, 340)
        self.layout = QVBoxLayout(BuddyAssignDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(BuddyAssignDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.assignedList = QListWidget(BuddyAssignDialog)
        self.assignedList.setObjectName(u"assignedList")

        self.layout.addWidget(self.assignedList)

        self.assignLayout = QHBoxLayout()
        self.assignLayout.setObjectName(u"assignLayout")
        self.buddyCombo = QComboBox(BuddyAssignDialog)
        self.buddyCombo.setObjectName(u"buddyCombo")

        self.assignLayout.addWidget(self.buddyCombo)

        self.assignButton = QPushButton(BuddyAssignDialog)
        self.assignButton.setObjectName(u"assignButton")

        self.assignLayout.addWidget(self.assignButton)

        self.unassignButton = QPushButton(BuddyAssignDialog)
        self.unassignButton.setObjectName(u"unassignButton")

        self.assignLayout.addWidget(self.unassignButton)


        self.layout.addLayout(self.assignLayout)

        self.buttonBox = QDialogButtonBox(BuddyAssignDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.assignedList, self.buddyCombo)
        QWidget.setTabOrder(self.buddyCombo, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.unassignButton)
        QWidget.setTabOrder(self.unassignButton, self.buttonBox)

        self.retranslateUi(BuddyAssignDialog)

        QMetaObject.connectSlotsByName(BuddyAssignDialog)
    # setupUi

    def retranslateUi(self, BuddyAssignDialog):
        BuddyAssignDialog.setWindowTitle(QCoreApplication.translate("BuddyAssignDialog", u"Admin buddies", None))
        self.introLabel.setText(QCoreApplication.translate("BuddyAssignDialog", u"An admin buddy sees only the families assigned to them: names, contacts, languages, the checklist and appointments \u2014 never national register numbers, the protection decision or confidential notes.", None))
#if QT_CONFIG(accessibility)
        self.assignedList.setAccessibleName(QCoreApplication.translate("BuddyAssignDialog", u"Buddies accompanying this family", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.assignedList.setAccessibleDescription(QCoreApplication.translate("BuddyAssignDialog", u"Delete unassigns the selected buddy, after asking.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buddyCombo.setAccessibleName(QCoreApplication.translate("BuddyAssignDialog", u"Admin buddy to assign", None))
#endif // QT_CONFIG(accessibility)
        self.assignButton.setText(QCoreApplication.translate("BuddyAssignDialog", u"&Assign", None))
        self.unassignButton.setText(QCoreApplication.translate("BuddyAssignDialog", u"&Unassign", None))
    # retranslateUi

