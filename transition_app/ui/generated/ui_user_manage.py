# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_manage.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout,
    QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QVBoxLayout, QWidget)

class Ui_UserManageDialog(object):
    def setupUi(self, UserManageDialog):
        if not UserManageDialog.objectName():
            UserManageDialog.setObjectName(u"UserManageDialog")
        UserManageDialog.resize(860, 460)
        self.layout = QVBoxLayout(UserManageDialog)
        self.layout.setObjectName(u"layout")
        self.usersTable = QTableWidget(UserManageDialog)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setTabKeyNavigation(False)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setAlternatingRowColors(True)

        self.layout.addWidget(self.usersTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(UserManageDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.editButton = QPushButton(UserManageDialog)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.passwordButton = QPushButton(UserManageDialog)
        self.passwordButton.setObjectName(u"passwordButton")

        self.buttonLayout.addWidget(self.passwordButton)

        self.unlockButton = QPushButton(UserManageDialog)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonLayout.addWidget(self.unlockButton)

        self.activeButton = QPushButton(UserManageDialog)
        self.activeButton.setObjectName(u"activeButton")

        self.buttonLayout.addWidget(self.activeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(UserManageDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.usersTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.passwordButton)
        QWidget.setTabOrder(self.passwordButton, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.activeButton)
        QWidget.setTabOrder(self.activeButton, self.closeButton)

        self.retranslateUi(UserManageDialog)

        QMetaObject.connectSlotsByName(UserManageDialog)
    # setupUi

    def retranslateUi(self, UserManageDialog):
        UserManageDialog.setWindowTitle(QCoreApplication.translate("UserManageDialog", u"Users", None))
#if QT_CONFIG(accessibility)
        self.usersTable.setAccessibleName(QCoreApplication.translate("UserManageDialog", u"User accounts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.usersTable.setAccessibleDescription(QCoreApplication.translate("UserManageDialog", u"Enter changes the selected account; Delete disables it, after asking.", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("UserManageDialog", u"&New user\u2026", None))
        self.editButton.setText(QCoreApplication.translate("UserManageDialog", u"C&hange\u2026", None))
        self.passwordButton.setText(QCoreApplication.translate("UserManageDialog", u"New &password\u2026", None))
        self.unlockButton.setText(QCoreApplication.translate("UserManageDialog", u"&Unlock", None))
        self.activeButton.setText(QCoreApplication.translate("UserManageDialog", u"&Disable", None))
        self.closeButton.setText(QCoreApplication.translate("UserManageDialog", u"&Close", None))
    # retranslateUi

