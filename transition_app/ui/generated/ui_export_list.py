# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_list.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_ExportListDialog(object):
    def setupUi(self, ExportListDialog):
        if not ExportListDialog.objectName():
            ExportListDialog.setObjectName(u"ExportListDialog")
        ExportListDialog.resize(580, 330)
        self.dialogLayout = QVBoxLayout(ExportListDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.listGroup = QGroupBox(ExportListDialog)
        self.listGroup.setObjectName(u"listGroup")
        self.listLayout = QGridLayout(self.listGroup)
        self.listLayout.setObjectName(u"listLayout")
        self.familiesRadio = QRadioButton(self.listGroup)
        self.familiesRadio.setObjectName(u"familiesRadio")
        self.familiesRadio.setChecked(True)

        self.listLayout.addWidget(self.familiesRadio, 0, 0, 1, 3)

        self.familiesHint = QLabel(self.listGroup)
        self.familiesHint.setObjectName(u"familiesHint")
        self.familiesHint.setText(u"")
        self.familiesHint.setWordWrap(True)
        self.familiesHint.setIndent(24)

        self.listLayout.addWidget(self.familiesHint, 1, 0, 1, 3)

        self.dueRadio = QRadioButton(self.listGroup)
        self.dueRadio.setObjectName(u"dueRadio")

        self.listLayout.addWidget(self.dueRadio, 2, 0, 1, 1)

        self.daysSpin = QSpinBox(self.listGroup)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMaximum(365)
        self.daysSpin.setValue(14)

        self.listLayout.addWidget(self.daysSpin, 2, 1, 1, 1)

        self.dueHint = QLabel(self.listGroup)
        self.dueHint.setObjectName(u"dueHint")

        self.listLayout.addWidget(self.dueHint, 2, 2, 1, 1)

        self.dashboardRadio = QRadioButton(self.listGroup)
        self.dashboardRadio.setObjectName(u"dashboardRadio")

        self.listLayout.addWidget(self.dashboardRadio, 3, 0, 1, 3)

        self.dashboardHint = QLabel(self.listGroup)
        self.dashboardHint.setObjectName(u"dashboardHint")
        self.dashboardHint.setText(u"")
        self.dashboardHint.setWordWrap(True)
        self.dashboardHint.setIndent(24)

        self.listLayout.addWidget(self.dashboardHint, 4, 0, 1, 3)


        self.dialogLayout.addWidget(self.listGroup)

        self.formatForm = QFormLayout()
        self.formatForm.setObjectName(u"formatForm")
        self.formatLabel = QLabel(ExportListDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formatForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(ExportListDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.formatForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.formatCombo)


        self.dialogLayout.addLayout(self.formatForm)

        self.privacyLabel = QLabel(ExportListDialog)
        self.privacyLabel.setObjectName(u"privacyLabel")
        self.privacyLabel.setText(u"")
        self.privacyLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.privacyLabel)

        self.progressBar = QProgressBar(ExportListDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.dialogLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ExportListDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(ExportListDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.cancelButton = QPushButton(ExportListDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.closeButton = QPushButton(ExportListDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.formatLabel.setBuddy(self.formatCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.familiesRadio, self.dueRadio)
        QWidget.setTabOrder(self.dueRadio, self.daysSpin)
        QWidget.setTabOrder(self.daysSpin, self.dashboardRadio)
        QWidget.setTabOrder(self.dashboardRadio, self.formatCombo)
        QWidget.setTabOrder(self.formatCombo, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.closeButton)

        self.retranslateUi(ExportListDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportListDialog)
    # setupUi

    def retranslateUi(self, ExportListDialog):
        ExportListDialog.setWindowTitle(QCoreApplication.translate("ExportListDialog", u"Export a list", None))
        self.listGroup.setTitle(QCoreApplication.translate("ExportListDialog", u"Which list", None))
        self.familiesRadio.setText(QCoreApplication.translate("ExportListDialog", u"The &family list, as filtered in the main window", None))
        self.dueRadio.setText(QCoreApplication.translate("ExportListDialog", u"The &due list: open steps due within", None))
#if QT_CONFIG(accessibility)
        self.daysSpin.setAccessibleName(QCoreApplication.translate("ExportListDialog", u"Days ahead for the due list", None))
#endif // QT_CONFIG(accessibility)
        self.daysSpin.setSuffix(QCoreApplication.translate("ExportListDialog", u" days", None))
        self.dueHint.setText(QCoreApplication.translate("ExportListDialog", u"and the overdue ones", None))
        self.dashboardRadio.setText(QCoreApplication.translate("ExportListDialog", u"The da&shboard: its counts and its three tables, every row", None))
        self.formatLabel.setText(QCoreApplication.translate("ExportListDialog", u"F&ormat", None))
        self.exportButton.setText(QCoreApplication.translate("ExportListDialog", u"&Export\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("ExportListDialog", u"&Cancel", None))
        self.closeButton.setText(QCoreApplication.translate("ExportListDialog", u"Close", None))
    # retranslateUi

