# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'centre_edit.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CentreEditDialog(object):
    def setupUi(self, CentreEditDialog):
        if not CentreEditDialog.objectName():
            CentreEditDialog.setObjectName(u"CentreEditDialog")
        CentreEditDialog.resize(620, 480)
        self.layout = QVBoxLayout(CentreEditDialog)
        self.layout.setObjectName(u"layout")
        self.formHost = QWidget(CentreEditDialog)
        self.formHost.setObjectName(u"formHost")
        self.formHostLayout = QVBoxLayout(self.formHost)
        self.formHostLayout.setObjectName(u"formHostLayout")
        self.formHostLayout.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.formHost)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(CentreEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(CentreEditDialog)

        QMetaObject.connectSlotsByName(CentreEditDialog)
    # setupUi

    def retranslateUi(self, CentreEditDialog):
        CentreEditDialog.setWindowTitle(QCoreApplication.translate("CentreEditDialog", u"Reception centre", None))
    # retranslateUi

