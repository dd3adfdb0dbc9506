# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout,
    QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableWidget, QVBoxLayout, QWidget)

class Ui_DashboardView(object):
    def setupUi(self, DashboardView):
        if not DashboardView.objectName():
            DashboardView.setObjectName(u"DashboardView")
        DashboardView.resize(1100, 700)
        self.dashboardLayout = QVBoxLayout(DashboardView)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.workerLabel = QLabel(DashboardView)
        self.workerLabel.setObjectName(u"workerLabel")

        self.filtersLayout.addWidget(self.workerLabel)

        self.workerFilter = QComboBox(DashboardView)
        self.workerFilter.setObjectName(u"workerFilter")

        self.filtersLayout.addWidget(self.workerFilter)

        self.trackLabel = QLabel(DashboardView)
        self.trackLabel.setObjectName(u"trackLabel")

        self.filtersLayout.addWidget(self.trackLabel)

        self.trackFilter = QComboBox(DashboardView)
        self.trackFilter.setObjectName(u"trackFilter")

        self.filtersLayout.addWidget(self.trackFilter)

        self.withinLabel = QLabel(DashboardView)
        self.withinLabel.setObjectName(u"withinLabel")

        self.filtersLayout.addWidget(self.withinLabel)

        self.withinSpin = QSpinBox(DashboardView)
        self.withinSpin.setObjectName(u"withinSpin")
        self.withinSpin.setMinimum(1)
        self.withinSpin.setMaximum(365)
        self.withinSpin.setValue(30)

        self.filtersLayout.addWidget(self.withinSpin)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer)

        self.refreshButton = QPushButton(DashboardView)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filtersLayout.addWidget(self.refreshButton)

        self.exportButton = QPushButton(DashboardView)
        self.exportButton.setObjectName(u"exportButton")

        self.filtersLayout.addWidget(self.exportButton)


        self.dashboardLayout.addLayout(self.filtersLayout)

        self.countsLayout = QGridLayout()
        self.countsLayout.setObjectName(u"countsLayout")
        self.transitionCount = QLabel(DashboardView)
        self.transitionCount.setObjectName(u"transitionCount")
        self.transitionCount.setWordWrap(True)

        self.countsLayout.addWidget(self.transitionCount, 0, 0, 1, 1)

        self.overdueCount = QLabel(DashboardView)
        self.overdueCount.setObjectName(u"overdueCount")
        self.overdueCount.setWordWrap(True)

        self.countsLayout.addWidget(self.overdueCount, 0, 1, 1, 1)

        self.dueSoonCount = QLabel(DashboardView)
        self.dueSoonCount.setObjectName(u"dueSoonCount")
        self.dueSoonCount.setWordWrap(True)

        self.countsLayout.addWidget(self.dueSoonCount, 0, 2, 1, 1)

        self.reunificationCount = QLabel(DashboardView)
        self.reunificationCount.setObjectName(u"reunificationCount")
        self.reunificationCount.setWordWrap(True)

        self.countsLayout.addWidget(self.reunificationCount, 0, 3, 1, 1)


        self.dashboardLayout.addLayout(self.countsLayout)

        self.bucketsLabel = QLabel(DashboardView)
        self.bucketsLabel.setObjectName(u"bucketsLabel")
        self.bucketsLabel.setWordWrap(True)

        self.dashboardLayout.addWidget(self.bucketsLabel)

        self.tables = QTabWidget(DashboardView)
        self.tables.setObjectName(u"tables")
        self.familiesTab = QWidget()
        self.familiesTab.setObjectName(u"familiesTab")
        self.familiesTabLayout = QVBoxLayout(self.familiesTab)
        self.familiesTabLayout.setObjectName(u"familiesTabLayout")
        self.familiesTable = QTableWidget(self.familiesTab)
        self.familiesTable.setObjectName(u"familiesTable")
        self.familiesTable.setTabKeyNavigation(False)
        self.familiesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.familiesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.familiesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.familiesTable.horizontalHeader().setStretchLastSection(True)
        self.familiesTable.verticalHeader().setVisible(False)

        self.familiesTabLayout.addWidget(self.familiesTable)

        self.tables.addTab(self.familiesTab, "")
        self.overdueTab = QWidget()
        self.overdueTab.setObjectName(u"overdueTab")
        self.overdueTabLayout = QVBoxLayout(self.overdueTab)
        self.overdueTabLayout.setObjectName(u"overdueTabLayout")
        self.overdueTable = QTableWidget(self.overdueTab)
        self.overdueTable.setObjectName(u"overdueTable")
        self.overdueTable.setTabKeyNavigation(False)
        self.overdueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overdueTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overdueTable.horizontalHeader().setStretchLastSection(True)
        self.overdueTable.verticalHeader().setVisible(False)

        self.overdueTabLayout.addWidget(self.overdueTable)

        self.tables.addTab(self.overdueTab, "")
        self.reunificationTab = QWidget()
        self.reunificationTab.setObjectName(u"reunificationTab")
        self.reunificationTabLayout = QVBoxLayout(self.reunificationTab)
        self.reunificationTabLayout.setObjectName(u"reunificationTabLayout")
        self.reunificationTable = QTableWidget(self.reunificationTab)
        self.reunificationTable.setObjectName(u"reunificationTable")
        self.reunificationTable.setTabKeyNavigation(False)
        self.reunificationTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reunificationTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reunificationTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reunificationTable.horizontalHeader().setStretchLastSection(True)
        self.reunificationTable.verticalHeader().setVisible(False)

        self.reunificationTabLayout.addWidget(self.reunificationTable)

        self.tables.addTab(self.reunificationTab, "")

        self.dashboardLayout.addWidget(self.tables)

        self.hintLabel = QLabel(DashboardView)
        self.hintLabel.setObjectName(u"hintLabel")

        self.dashboardLayout.addWidget(self.hintLabel)

#if QT_CONFIG(shortcut)
        self.workerLabel.setBuddy(self.workerFilter)
        self.trackLabel.setBuddy(self.trackFilter)
        self.withinLabel.setBuddy(self.withinSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.workerFilter, self.trackFilter)
        QWidget.setTabOrder(self.trackFilter, self.withinSpin)
        QWidget.setTabOrder(self.withinSpin, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.tables)
        QWidget.setTabOrder(self.tables, self.familiesTable)
        QWidget.setTabOrder(self.familiesTable, self.overdueTable)
        QWidget.setTabOrder(self.overdueTable, self.reunificationTable)

        self.retranslateUi(DashboardView)

        QMetaObject.connectSlotsByName(DashboardView)
    # setupUi

    def retranslateUi(self, DashboardView):
        DashboardView.setWindowTitle(QCoreApplication.translate("DashboardView", u"Dashboard", None))
#if QT_CONFIG(accessibility)
        DashboardView.setAccessibleName(QCoreApplication.translate("DashboardView", u"Dashboard", None))
#endif // QT_CONFIG(accessibility)
        self.workerLabel.setText(QCoreApplication.translate("DashboardView", u"&Worker", None))
        self.trackLabel.setText(QCoreApplication.translate("DashboardView", u"&Track", None))
        self.withinLabel.setText(QCoreApplication.translate("DashboardView", u"Due w&ithin", None))
        self.withinSpin.setSuffix(QCoreApplication.translate("DashboardView", u" days", None))
        self.refreshButton.setText(QCoreApplication.translate("DashboardView", u"R&efresh", None))
        self.exportButton.setText(QCoreApplication.translate("DashboardView", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("DashboardView", u"The dashboard's counts and tables, every row, as an Excel or CSV file", None))
#endif // QT_CONFIG(tooltip)
        self.transitionCount.setText("")
        self.overdueCount.setText("")
        self.dueSoonCount.setText("")
        self.reunificationCount.setText("")
        self.bucketsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.bucketsLabel.setAccessibleName(QCoreApplication.translate("DashboardView", u"Families by days left before leaving reception", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.familiesTable.setAccessibleName(QCoreApplication.translate("DashboardView", u"Families by days left before leaving reception", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.familiesTable.setAccessibleDescription(QCoreApplication.translate("DashboardView", u"Enter or a double click opens the family's checklist in the main window.", None))
#endif // QT_CONFIG(accessibility)
        self.tables.setTabText(self.tables.indexOf(self.familiesTab), QCoreApplication.translate("DashboardView", u"&Families by days left", None))
#if QT_CONFIG(accessibility)
        self.overdueTable.setAccessibleName(QCoreApplication.translate("DashboardView", u"Overdue steps", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.overdueTable.setAccessibleDescription(QCoreApplication.translate("DashboardView", u"Enter or a double click opens the family's checklist in the main window.", None))
#endif // QT_CONFIG(accessibility)
        self.tables.setTabText(self.tables.indexOf(self.overdueTab), QCoreApplication.translate("DashboardView", u"&Overdue steps", None))
#if QT_CONFIG(accessibility)
        self.reunificationTable.setAccessibleName(QCoreApplication.translate("DashboardView", u"Family reunification windows closing soon", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reunificationTable.setAccessibleDescription(QCoreApplication.translate("DashboardView", u"Enter or a double click opens the family's checklist in the main window.", None))
#endif // QT_CONFIG(accessibility)
        self.tables.setTabText(self.tables.indexOf(self.reunificationTab), QCoreApplication.translate("DashboardView", u"Family &reunification windows", None))
        self.hintLabel.setText(QCoreApplication.translate("DashboardView", u"Double-click a row (or press Enter) to open the family.", None))
    # retranslateUi

