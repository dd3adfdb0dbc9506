# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_log.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from transition_app.ui.widgets.date_edit import DateEdit

class Ui_AuditLogDialog(object):
    def setupUi(self, AuditLogDialog):
        if not AuditLogDialog.objectName():
            AuditLogDialog.setObjectName(u"AuditLogDialog")
        AuditLogDialog.resize(1040, 620)
        self.layout = QVBoxLayout(AuditLogDialog)
        self.layout.setObjectName(u"layout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.userLabel = QLabel(AuditLogDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.filterLayout.addWidget(self.userLabel)

        self.userFilter = QComboBox(AuditLogDialog)
        self.userFilter.setObjectName(u"userFilter")
        self.userFilter.setMinimumContentsLength(12)

        self.filterLayout.addWidget(self.userFilter)

        self.actionLabel = QLabel(AuditLogDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filterLayout.addWidget(self.actionLabel)

        self.actionFilter = QComboBox(AuditLogDialog)
        self.actionFilter.setObjectName(u"actionFilter")

        self.filterLayout.addWidget(self.actionFilter)

        self.familyLabel = QLabel(AuditLogDialog)
        self.familyLabel.setObjectName(u"familyLabel")

        self.filterLayout.addWidget(self.familyLabel)

        self.familyFilter = QLineEdit(AuditLogDialog)
        self.familyFilter.setObjectName(u"familyFilter")

        self.filterLayout.addWidget(self.familyFilter)

        self.sinceLabel = QLabel(AuditLogDialog)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.filterLayout.addWidget(self.sinceLabel)

        self.sinceEdit = DateEdit(AuditLogDialog)
        self.sinceEdit.setObjectName(u"sinceEdit")

        self.filterLayout.addWidget(self.sinceEdit)

        self.untilLabel = QLabel(AuditLogDialog)
        self.untilLabel.setObjectName(u"untilLabel")

        self.filterLayout.addWidget(self.untilLabel)

        self.untilEdit = DateEdit(AuditLogDialog)
        self.untilEdit.setObjectName(u"untilEdit")

        self.filterLayout.addWidget(self.untilEdit)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.refreshButton = QPushButton(AuditLogDialog)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filterLayout.addWidget(self.refreshButton)


        self.layout.addLayout(self.filterLayout)

        self.entriesTable = QTableView(AuditLogDialog)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setTabKeyNavigation(False)
        self.entriesTable.setAlternatingRowColors(True)
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesTable.setWordWrap(False)

        self.layout.addWidget(self.entriesTable)

        self.verifyLabel = QLabel(AuditLogDialog)
        self.verifyLabel.setObjectName(u"verifyLabel")
        self.verifyLabel.setWordWrap(True)

        self.layout.addWidget(self.verifyLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.countLabel = QLabel(AuditLogDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.buttonLayout.addWidget(self.countLabel)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.verifyButton = QPushButton(AuditLogDialog)
        self.verifyButton.setObjectName(u"verifyButton")

        self.buttonLayout.addWidget(self.verifyButton)

        self.exportButton = QPushButton(AuditLogDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.closeButton = QPushButton(AuditLogDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userFilter)
        self.actionLabel.setBuddy(self.actionFilter)
        self.familyLabel.setBuddy(self.familyFilter)
        self.sinceLabel.setBuddy(self.sinceEdit)
        self.untilLabel.setBuddy(self.untilEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userFilter, self.actionFilter)
        QWidget.setTabOrder(self.actionFilter, self.familyFilter)
        QWidget.setTabOrder(self.familyFilter, self.sinceEdit)
        QWidget.setTabOrder(self.sinceEdit, self.untilEdit)
        QWidget.setTabOrder(self.untilEdit, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.entriesTable)
        QWidget.setTabOrder(self.entriesTable, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.closeButton)

        self.retranslateUi(AuditLogDialog)

        QMetaObject.connectSlotsByName(AuditLogDialog)
    # setupUi

    def retranslateUi(self, AuditLogDialog):
        AuditLogDialog.setWindowTitle(QCoreApplication.translate("AuditLogDialog", u"Audit log", None))
        self.userLabel.setText(QCoreApplication.translate("AuditLogDialog", u"&User", None))
#if QT_CONFIG(accessibility)
        self.userFilter.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"Only entries of this user", None))
#endif // QT_CONFIG(accessibility)
        self.actionLabel.setText(QCoreApplication.translate("AuditLogDialog", u"&Action", None))
#if QT_CONFIG(accessibility)
        self.actionFilter.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"Only this action", None))
#endif // QT_CONFIG(accessibility)
        self.familyLabel.setText(QCoreApplication.translate("AuditLogDialog", u"&Family id", None))
#if QT_CONFIG(accessibility)
        self.familyFilter.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"Only entries about this family", None))
#endif // QT_CONFIG(accessibility)
        self.familyFilter.setPlaceholderText(QCoreApplication.translate("AuditLogDialog", u"any", None))
        self.sinceLabel.setText(QCoreApplication.translate("AuditLogDialog", u"Fro&m", None))
#if QT_CONFIG(accessibility)
        self.sinceEdit.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"From this day", None))
#endif // QT_CONFIG(accessibility)
        self.untilLabel.setText(QCoreApplication.translate("AuditLogDialog", u"&To", None))
#if QT_CONFIG(accessibility)
        self.untilEdit.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"Up to this day", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("AuditLogDialog", u"&Refresh", None))
#if QT_CONFIG(accessibility)
        self.entriesTable.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"Audit log entries", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entriesTable.setAccessibleDescription(QCoreApplication.translate("AuditLogDialog", u"Newest first: when, who, what and about which family. The filters above narrow the list.", None))
#endif // QT_CONFIG(accessibility)
        self.verifyLabel.setText("")
#if QT_CONFIG(accessibility)
        self.verifyLabel.setAccessibleName(QCoreApplication.translate("AuditLogDialog", u"Result of the chain verification", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.verifyButton.setText(QCoreApplication.translate("AuditLogDialog", u"&Verify chain", None))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("AuditLogDialog", u"Check that no entry was changed, inserted or removed since it was written", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("AuditLogDialog", u"&Export CSV\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("AuditLogDialog", u"&Close", None))
    # retranslateUi

