# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtGui import (QAction)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
    QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QMenu, QMenuBar, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStatusBar,
    QTabWidget, QTableView, QTableWidget, QToolBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        self.actionNewFamily = QAction(MainWindow)
        self.actionNewFamily.setObjectName(u"actionNewFamily")
        self.actionEditFamily = QAction(MainWindow)
        self.actionEditFamily.setObjectName(u"actionEditFamily")
        self.actionArchiveFamily = QAction(MainWindow)
        self.actionArchiveFamily.setObjectName(u"actionArchiveFamily")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionFind = QAction(MainWindow)
        self.actionFind.setObjectName(u"actionFind")
        self.actionRefresh = QAction(MainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
        self.actionDashboard = QAction(MainWindow)
        self.actionDashboard.setObjectName(u"actionDashboard")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.mainSplitter = QSplitter(self.centralWidget)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.mainSplitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.searchEdit = QLineEdit(self.listPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.searchEdit)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusFilter = QComboBox(self.listPanel)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusFilter.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.statusFilter)

        self.workerFilter = QComboBox(self.listPanel)
        self.workerFilter.setObjectName(u"workerFilter")
        self.workerFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.workerFilter.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.workerFilter)

        self.nationalityFilter = QComboBox(self.listPanel)
        self.nationalityFilter.setObjectName(u"nationalityFilter")
        self.nationalityFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.nationalityFilter.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.nationalityFilter)

        self.languageFilter = QComboBox(self.listPanel)
        self.languageFilter.setObjectName(u"languageFilter")
        self.languageFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.languageFilter.setMinimumContentsLength(8)

        self.filterLayout.addWidget(self.languageFilter)


        self.listLayout.addLayout(self.filterLayout)

        self.familyTable = QTableView(self.listPanel)
        self.familyTable.setObjectName(u"familyTable")
        self.familyTable.setTabKeyNavigation(False)
        self.familyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.familyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.familyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.familyTable.setAlternatingRowColors(True)
        self.familyTable.setSortingEnabled(True)
        self.familyTable.setWordWrap(False)
        self.familyTable.horizontalHeader().setStretchLastSection(True)
        self.familyTable.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.familyTable)

        self.countLabel = QLabel(self.listPanel)
        self.countLabel.setObjectName(u"countLabel")

        self.listLayout.addWidget(self.countLabel)

        self.mainSplitter.addWidget(self.listPanel)
        self.detailPanel = QWidget(self.mainSplitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailTitle = QLabel(self.detailPanel)
        self.detailTitle.setObjectName(u"detailTitle")
        self.detailTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.detailTitle)

        self.detailSubtitle = QLabel(self.detailPanel)
        self.detailSubtitle.setObjectName(u"detailSubtitle")
        self.detailSubtitle.setWordWrap(True)

        self.detailLayout.addWidget(self.detailSubtitle)

        self.detailTabs = QTabWidget(self.detailPanel)
        self.detailTabs.setObjectName(u"detailTabs")
        self.membersTab = QWidget()
        self.membersTab.setObjectName(u"membersTab")
        self.membersTabLayout = QVBoxLayout(self.membersTab)
        self.membersTabLayout.setObjectName(u"membersTabLayout")
        self.membersTable = QTableWidget(self.membersTab)
        self.membersTable.setObjectName(u"membersTable")
        self.membersTable.setTabKeyNavigation(False)
        self.membersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membersTable.horizontalHeader().setStretchLastSection(True)
        self.membersTable.verticalHeader().setVisible(False)

        self.membersTabLayout.addWidget(self.membersTable)

        self.detailTabs.addTab(self.membersTab, "")
        self.decisionTab = QWidget()
        self.decisionTab.setObjectName(u"decisionTab")
        self.decisionForm = QFormLayout(self.decisionTab)
        self.decisionForm.setObjectName(u"decisionForm")
        self.protectionLabel = QLabel(self.decisionTab)
        self.protectionLabel.setObjectName(u"protectionLabel")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.protectionLabel)

        self.protectionValue = QLabel(self.decisionTab)
        self.protectionValue.setObjectName(u"protectionValue")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.protectionValue)

        self.bodyLabel = QLabel(self.decisionTab)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyValue = QLabel(self.decisionTab)
        self.bodyValue.setObjectName(u"bodyValue")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bodyValue)

        self.applicationLabel = QLabel(self.decisionTab)
        self.applicationLabel.setObjectName(u"applicationLabel")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.applicationLabel)

        self.applicationValue = QLabel(self.decisionTab)
        self.applicationValue.setObjectName(u"applicationValue")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.applicationValue)

        self.decisionDateLabel = QLabel(self.decisionTab)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisionDateLabel)

        self.decisionDateValue = QLabel(self.decisionTab)
        self.decisionDateValue.setObjectName(u"decisionDateValue")

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decisionDateValue)

        self.notificationLabel = QLabel(self.decisionTab)
        self.notificationLabel.setObjectName(u"notificationLabel")

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notificationLabel)

        self.notificationValue = QLabel(self.decisionTab)
        self.notificationValue.setObjectName(u"notificationValue")

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notificationValue)

        self.referenceLabel = QLabel(self.decisionTab)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.decisionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceValue = QLabel(self.decisionTab)
        self.referenceValue.setObjectName(u"referenceValue")

        self.decisionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.referenceValue)

        self.detailTabs.addTab(self.decisionTab, "")
        self.checklistTab = QWidget()
        self.checklistTab.setObjectName(u"checklistTab")
        self.checklistTabLayout = QVBoxLayout(self.checklistTab)
        self.checklistTabLayout.setObjectName(u"checklistTabLayout")
        self.checklistTabLayout.setContentsMargins(0, 0, 0, 0)
        self.detailTabs.addTab(self.checklistTab, "")
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsTabLayout = QVBoxLayout(self.contactsTab)
        self.contactsTabLayout.setObjectName(u"contactsTabLayout")
        self.contactsList = QListWidget(self.contactsTab)
        self.contactsList.setObjectName(u"contactsList")

        self.contactsTabLayout.addWidget(self.contactsList)

        self.detailTabs.addTab(self.contactsTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesTabLayout = QVBoxLayout(self.notesTab)
        self.notesTabLayout.setObjectName(u"notesTabLayout")
        self.notesList = QListWidget(self.notesTab)
        self.notesList.setObjectName(u"notesList")
        self.notesList.setWordWrap(True)

        self.notesTabLayout.addWidget(self.notesList)

        self.noteEdit = QPlainTextEdit(self.notesTab)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.notesTabLayout.addWidget(self.noteEdit)

        self.noteButtons = QHBoxLayout()
        self.noteButtons.setObjectName(u"noteButtons")
        self.noteConfidentialCheck = QCheckBox(self.notesTab)
        self.noteConfidentialCheck.setObjectName(u"noteConfidentialCheck")

        self.noteButtons.addWidget(self.noteConfidentialCheck)

        self.noteSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noteButtons.addItem(self.noteSpacer)

        self.addNoteButton = QPushButton(self.notesTab)
        self.addNoteButton.setObjectName(u"addNoteButton")

        self.noteButtons.addWidget(self.addNoteButton)


        self.notesTabLayout.addLayout(self.noteButtons)

        self.detailTabs.addTab(self.notesTab, "")

        self.detailLayout.addWidget(self.detailTabs)

        self.mainSplitter.addWidget(self.detailPanel)

        self.centralLayout.addWidget(self.mainSplitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.mainToolBar = QToolBar(MainWindow)
        self.mainToolBar.setObjectName(u"mainToolBar")
        self.mainToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.mainToolBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
        QWidget.setTabOrder(self.searchEdit, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.workerFilter)
        QWidget.setTabOrder(self.workerFilter, self.nationalityFilter)
        QWidget.setTabOrder(self.nationalityFilter, self.languageFilter)
        QWidget.setTabOrder(self.languageFilter, self.familyTable)
        QWidget.setTabOrder(self.familyTable, self.detailTabs)
        QWidget.setTabOrder(self.detailTabs, self.membersTable)
        QWidget.setTabOrder(self.membersTable, self.contactsList)
        QWidget.setTabOrder(self.contactsList, self.notesList)
        QWidget.setTabOrder(self.notesList, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.noteConfidentialCheck)
        QWidget.setTabOrder(self.noteConfidentialCheck, self.addNoteButton)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewFamily)
        self.menuFile.addAction(self.actionEditFamily)
        self.menuFile.addAction(self.actionArchiveFamily)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionFind)
        self.menuView.addAction(self.actionRefresh)
        self.menuView.addSeparator()
        self.menuView.addAction(self.actionDashboard)
        self.menuHelp.addAction(self.actionAbout)
        self.mainToolBar.addAction(self.actionNewFamily)
        self.mainToolBar.addAction(self.actionEditFamily)
        self.mainToolBar.addAction(self.actionRefresh)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Transition Assistant", None))
        self.actionNewFamily.setText(QCoreApplication.translate("MainWindow", u"&New family\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionNewFamily.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionEditFamily.setText(QCoreApplication.translate("MainWindow", u"&Edit family\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionEditFamily.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.actionArchiveFamily.setText(QCoreApplication.translate("MainWindow", u"&Archive closed case\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionFind.setText(QCoreApplication.translate("MainWindow", u"&Find family", None))
#if QT_CONFIG(shortcut)
        self.actionFind.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.actionDashboard.setText(QCoreApplication.translate("MainWindow", u"&Dashboard", None))
#if QT_CONFIG(shortcut)
        self.actionDashboard.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+D", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Transition Assistant", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search by name, case number or worker (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Search families", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"The list below shows only the families that match, as you type. Ctrl+F comes back here.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"Filter by status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.workerFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"Filter by social worker", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nationalityFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"Filter by nationality", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.languageFilter.setAccessibleName(QCoreApplication.translate("MainWindow", u"Filter by language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.familyTable.setAccessibleName(QCoreApplication.translate("MainWindow", u"Families", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.familyTable.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"The selected family is shown beside the list. Enter or a double click opens it for editing.", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText("")
        self.detailTitle.setText(QCoreApplication.translate("MainWindow", u"No family selected", None))
        self.detailSubtitle.setText("")
#if QT_CONFIG(accessibility)
        self.membersTable.setAccessibleName(QCoreApplication.translate("MainWindow", u"Household members", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.membersTable.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"One row per member of the selected family. Edit the family (Ctrl+E) to change them.", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.membersTab), QCoreApplication.translate("MainWindow", u"Household", None))
        self.protectionLabel.setText(QCoreApplication.translate("MainWindow", u"Status", None))
        self.protectionValue.setText("")
        self.bodyLabel.setText(QCoreApplication.translate("MainWindow", u"Decided by", None))
        self.bodyValue.setText("")
        self.applicationLabel.setText(QCoreApplication.translate("MainWindow", u"Asylum application", None))
        self.applicationValue.setText("")
        self.decisionDateLabel.setText(QCoreApplication.translate("MainWindow", u"Decision", None))
        self.decisionDateValue.setText("")
        self.notificationLabel.setText(QCoreApplication.translate("MainWindow", u"Notification", None))
        self.notificationValue.setText("")
        self.referenceLabel.setText(QCoreApplication.translate("MainWindow", u"Reference", None))
        self.referenceValue.setText("")
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.decisionTab), QCoreApplication.translate("MainWindow", u"Protection decision", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.checklistTab), QCoreApplication.translate("MainWindow", u"Checklist", None))
#if QT_CONFIG(accessibility)
        self.contactsList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Contact details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contactsList.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Phone numbers, e-mail addresses and other contacts of the selected family.", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.contactsTab), QCoreApplication.translate("MainWindow", u"Contacts", None))
#if QT_CONFIG(accessibility)
        self.notesList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesList.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Notes about the selected family, newest first.", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Write a note about this family\u2026", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"New note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Ctrl+Enter adds the note.", None))
#endif // QT_CONFIG(accessibility)
        self.noteConfidentialCheck.setText(QCoreApplication.translate("MainWindow", u"&Confidential (social workers only)", None))
        self.addNoteButton.setText(QCoreApplication.translate("MainWindow", u"Add &note", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.notesTab), QCoreApplication.translate("MainWindow", u"Notes", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.mainToolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
    # retranslateUi

