# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'centres.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QVBoxLayout,
    QWidget)

class Ui_CentresDialog(object):
    def setupUi(self, CentresDialog):
        if not CentresDialog.objectName():
            CentresDialog.setObjectName(u"CentresDialog")
        CentresDialog.resize(900, 420)
        self.layout = QVBoxLayout(CentresDialog)
        self.layout.setObjectName(u"layout")
        self.centresTable = QTableWidget(CentresDialog)
        self.centresTable.setObjectName(u"centresTable")
        self.centresTable.setTabKeyNavigation(False)
        self.centresTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.centresTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.centresTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.centresTable.setAlternatingRowColors(True)

        self.layout.addWidget(self.centresTable)

        self.showRetiredCheck = QCheckBox(CentresDialog)
        self.showRetiredCheck.setObjectName(u"showRetiredCheck")

        self.layout.addWidget(self.showRetiredCheck)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(CentresDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.editButton = QPushButton(CentresDialog)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.retireButton = QPushButton(CentresDialog)
        self.retireButton.setObjectName(u"retireButton")

        self.buttonLayout.addWidget(self.retireButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(CentresDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.centresTable, self.showRetiredCheck)
        QWidget.setTabOrder(self.showRetiredCheck, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.retireButton)
        QWidget.setTabOrder(self.retireButton, self.closeButton)

        self.retranslateUi(CentresDialog)

        QMetaObject.connectSlotsByName(CentresDialog)
    # setupUi

    def retranslateUi(self, CentresDialog):
        CentresDialog.setWindowTitle(QCoreApplication.translate("CentresDialog", u"Reception centres", None))
#if QT_CONFIG(accessibility)
        self.centresTable.setAccessibleName(QCoreApplication.translate("CentresDialog", u"Reception centres", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.centresTable.setAccessibleDescription(QCoreApplication.translate("CentresDialog", u"Enter changes the selected centre.", None))
#endif // QT_CONFIG(accessibility)
        self.showRetiredCheck.setText(QCoreApplication.translate("CentresDialog", u"Show &retired centres", None))
        self.addButton.setText(QCoreApplication.translate("CentresDialog", u"&Add\u2026", None))
        self.editButton.setText(QCoreApplication.translate("CentresDialog", u"&Edit\u2026", None))
        self.retireButton.setText(QCoreApplication.translate("CentresDialog", u"Re&tire\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("CentresDialog", u"&Close", None))
    # retranslateUi

