# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
    QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(860, 600)
        ImportWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        ImportWizard.setOptions(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.filePage = QWizardPage()
        self.filePage.setObjectName(u"filePage")
        self.fileLayout = QVBoxLayout(self.filePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.fileLabel = QLabel(self.filePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.filePage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.chooseButton = QPushButton(self.filePage)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)


        self.fileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.sheetLabel = QLabel(self.filePage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sheetLabel)

        self.sheetCombo = QComboBox(self.filePage)
        self.sheetCombo.setObjectName(u"sheetCombo")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sheetCombo)

        self.centreLabel = QLabel(self.filePage)
        self.centreLabel.setObjectName(u"centreLabel")

        self.fileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.centreLabel)

        self.centreCombo = QComboBox(self.filePage)
        self.centreCombo.setObjectName(u"centreCombo")

        self.fileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.centreCombo)

        self.workerLabel = QLabel(self.filePage)
        self.workerLabel.setObjectName(u"workerLabel")

        self.fileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.workerLabel)

        self.workerCombo = QComboBox(self.filePage)
        self.workerCombo.setObjectName(u"workerCombo")

        self.fileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.workerCombo)


        self.fileLayout.addLayout(self.fileForm)

        self.fileInfoLabel = QLabel(self.filePage)
        self.fileInfoLabel.setObjectName(u"fileInfoLabel")
        self.fileInfoLabel.setWordWrap(True)
        self.fileInfoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fileLayout.addWidget(self.fileInfoLabel)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileLayout.addItem(self.fileSpacer)

        ImportWizard.addPage(self.filePage)
        self.mappingPage = QWizardPage()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingLayout = QVBoxLayout(self.mappingPage)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingTable = QTableWidget(self.mappingPage)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mappingTable.setTabKeyNavigation(False)
        self.mappingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mappingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mappingTable.setWordWrap(False)

        self.mappingLayout.addWidget(self.mappingTable)

        self.fieldForm = QFormLayout()
        self.fieldForm.setObjectName(u"fieldForm")
        self.fieldLabel = QLabel(self.mappingPage)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.fieldForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fieldLabel)

        self.fieldCombo = QComboBox(self.mappingPage)
        self.fieldCombo.setObjectName(u"fieldCombo")

        self.fieldForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fieldCombo)


        self.mappingLayout.addLayout(self.fieldForm)

        self.fieldHelpLabel = QLabel(self.mappingPage)
        self.fieldHelpLabel.setObjectName(u"fieldHelpLabel")
        self.fieldHelpLabel.setWordWrap(True)

        self.mappingLayout.addWidget(self.fieldHelpLabel)

        self.savedRow = QHBoxLayout()
        self.savedRow.setObjectName(u"savedRow")
        self.savedLabel = QLabel(self.mappingPage)
        self.savedLabel.setObjectName(u"savedLabel")

        self.savedRow.addWidget(self.savedLabel)

        self.savedCombo = QComboBox(self.mappingPage)
        self.savedCombo.setObjectName(u"savedCombo")
        self.savedCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.savedRow.addWidget(self.savedCombo)

        self.useSavedButton = QPushButton(self.mappingPage)
        self.useSavedButton.setObjectName(u"useSavedButton")

        self.savedRow.addWidget(self.useSavedButton)

        self.saveMappingButton = QPushButton(self.mappingPage)
        self.saveMappingButton.setObjectName(u"saveMappingButton")

        self.savedRow.addWidget(self.saveMappingButton)

        self.savedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.savedRow.addItem(self.savedSpacer)


        self.mappingLayout.addLayout(self.savedRow)

        self.mappingErrorLabel = QLabel(self.mappingPage)
        self.mappingErrorLabel.setObjectName(u"mappingErrorLabel")
        self.mappingErrorLabel.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingErrorLabel)

        ImportWizard.addPage(self.mappingPage)
        self.previewPage = QWizardPage()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewSummaryLabel = QLabel(self.previewPage)
        self.previewSummaryLabel.setObjectName(u"previewSummaryLabel")
        self.previewSummaryLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.previewSummaryLabel)

        self.previewTable = QTableWidget(self.previewPage)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setTabKeyNavigation(False)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setWordWrap(False)

        self.previewLayout.addWidget(self.previewTable)

        ImportWizard.addPage(self.previewPage)
        self.checkPage = QWizardPage()
        self.checkPage.setObjectName(u"checkPage")
        self.checkLayout = QVBoxLayout(self.checkPage)
        self.checkLayout.setObjectName(u"checkLayout")
        self.checkProgress = QProgressBar(self.checkPage)
        self.checkProgress.setObjectName(u"checkProgress")
        self.checkProgress.setValue(0)

        self.checkLayout.addWidget(self.checkProgress)

        self.checkSummaryLabel = QLabel(self.checkPage)
        self.checkSummaryLabel.setObjectName(u"checkSummaryLabel")
        self.checkSummaryLabel.setWordWrap(True)
        self.checkSummaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.checkLayout.addWidget(self.checkSummaryLabel)

        self.rejectedLabel = QLabel(self.checkPage)
        self.rejectedLabel.setObjectName(u"rejectedLabel")

        self.checkLayout.addWidget(self.rejectedLabel)

        self.rejectedTable = QTableWidget(self.checkPage)
        self.rejectedTable.setObjectName(u"rejectedTable")
        self.rejectedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejectedTable.setTabKeyNavigation(False)
        self.rejectedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.checkLayout.addWidget(self.rejectedTable)

        self.reportRow = QHBoxLayout()
        self.reportRow.setObjectName(u"reportRow")
        self.copyButton = QPushButton(self.checkPage)
        self.copyButton.setObjectName(u"copyButton")

        self.reportRow.addWidget(self.copyButton)

        self.saveReportButton = QPushButton(self.checkPage)
        self.saveReportButton.setObjectName(u"saveReportButton")

        self.reportRow.addWidget(self.saveReportButton)

        self.reportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportRow.addItem(self.reportSpacer)


        self.checkLayout.addLayout(self.reportRow)

        self.skipInvalidCheck = QCheckBox(self.checkPage)
        self.skipInvalidCheck.setObjectName(u"skipInvalidCheck")

        self.checkLayout.addWidget(self.skipInvalidCheck)

        self.duplicatesLabel = QLabel(self.checkPage)
        self.duplicatesLabel.setObjectName(u"duplicatesLabel")

        self.checkLayout.addWidget(self.duplicatesLabel)

        self.duplicatesTable = QTableWidget(self.checkPage)
        self.duplicatesTable.setObjectName(u"duplicatesTable")
        self.duplicatesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicatesTable.setTabKeyNavigation(False)
        self.duplicatesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.duplicatesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.checkLayout.addWidget(self.duplicatesTable)

        self.duplicateRow = QHBoxLayout()
        self.duplicateRow.setObjectName(u"duplicateRow")
        self.duplicateActionLabel = QLabel(self.checkPage)
        self.duplicateActionLabel.setObjectName(u"duplicateActionLabel")

        self.duplicateRow.addWidget(self.duplicateActionLabel)

        self.duplicateActionCombo = QComboBox(self.checkPage)
        self.duplicateActionCombo.setObjectName(u"duplicateActionCombo")

        self.duplicateRow.addWidget(self.duplicateActionCombo)

        self.duplicatesDefaultLabel = QLabel(self.checkPage)
        self.duplicatesDefaultLabel.setObjectName(u"duplicatesDefaultLabel")

        self.duplicateRow.addWidget(self.duplicatesDefaultLabel)

        self.duplicatesDefaultCombo = QComboBox(self.checkPage)
        self.duplicatesDefaultCombo.setObjectName(u"duplicatesDefaultCombo")

        self.duplicateRow.addWidget(self.duplicatesDefaultCombo)

        self.recheckButton = QPushButton(self.checkPage)
        self.recheckButton.setObjectName(u"recheckButton")

        self.duplicateRow.addWidget(self.recheckButton)

        self.duplicateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.duplicateRow.addItem(self.duplicateSpacer)


        self.checkLayout.addLayout(self.duplicateRow)

        self.mergeHelpLabel = QLabel(self.checkPage)
        self.mergeHelpLabel.setObjectName(u"mergeHelpLabel")
        self.mergeHelpLabel.setWordWrap(True)

        self.checkLayout.addWidget(self.mergeHelpLabel)

        ImportWizard.addPage(self.checkPage)
        self.importPage = QWizardPage()
        self.importPage.setObjectName(u"importPage")
        self.importLayout = QVBoxLayout(self.importPage)
        self.importLayout.setObjectName(u"importLayout")
        self.importProgress = QProgressBar(self.importPage)
        self.importProgress.setObjectName(u"importProgress")
        self.importProgress.setValue(0)

        self.importLayout.addWidget(self.importProgress)

        self.importStatusLabel = QLabel(self.importPage)
        self.importStatusLabel.setObjectName(u"importStatusLabel")
        self.importStatusLabel.setWordWrap(True)
        self.importStatusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.importLayout.addWidget(self.importStatusLabel)

        self.importSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.importLayout.addItem(self.importSpacer)

        ImportWizard.addPage(self.importPage)
#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.centreLabel.setBuddy(self.centreCombo)
        self.workerLabel.setBuddy(self.workerCombo)
        self.fieldLabel.setBuddy(self.fieldCombo)
        self.savedLabel.setBuddy(self.savedCombo)
        self.rejectedLabel.setBuddy(self.rejectedTable)
        self.duplicatesLabel.setBuddy(self.duplicatesTable)
        self.duplicateActionLabel.setBuddy(self.duplicateActionCombo)
        self.duplicatesDefaultLabel.setBuddy(self.duplicatesDefaultCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.chooseButton)
        QWidget.setTabOrder(self.chooseButton, self.sheetCombo)
        QWidget.setTabOrder(self.sheetCombo, self.centreCombo)
        QWidget.setTabOrder(self.centreCombo, self.workerCombo)
        QWidget.setTabOrder(self.workerCombo, self.mappingTable)
        QWidget.setTabOrder(self.mappingTable, self.fieldCombo)
        QWidget.setTabOrder(self.fieldCombo, self.savedCombo)
        QWidget.setTabOrder(self.savedCombo, self.useSavedButton)
        QWidget.setTabOrder(self.useSavedButton, self.saveMappingButton)
        QWidget.setTabOrder(self.saveMappingButton, self.previewTable)
        QWidget.setTabOrder(self.previewTable, self.rejectedTable)
        QWidget.setTabOrder(self.rejectedTable, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.saveReportButton)
        QWidget.setTabOrder(self.saveReportButton, self.skipInvalidCheck)
        QWidget.setTabOrder(self.skipInvalidCheck, self.duplicatesTable)
        QWidget.setTabOrder(self.duplicatesTable, self.duplicateActionCombo)
        QWidget.setTabOrder(self.duplicateActionCombo, self.duplicatesDefaultCombo)
        QWidget.setTabOrder(self.duplicatesDefaultCombo, self.recheckButton)

        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Import families", None))
        self.filePage.setTitle(QCoreApplication.translate("ImportWizard", u"The file to import", None))
        self.filePage.setSubTitle(QCoreApplication.translate("ImportWizard", u"A CSV or Excel (.xlsx) file with one row per person and a header row. Rows with the same family key become one family.", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportWizard", u"F&ile:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ImportWizard", u"File", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"Choose a .csv or .xlsx file", None))
        self.chooseButton.setText(QCoreApplication.translate("ImportWizard", u"Ch&oose\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportWizard", u"&Sheet:", None))
#if QT_CONFIG(accessibility)
        self.sheetCombo.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Sheet", None))
#endif // QT_CONFIG(accessibility)
        self.centreLabel.setText(QCoreApplication.translate("ImportWizard", u"Reception &centre:", None))
#if QT_CONFIG(accessibility)
        self.centreCombo.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Reception centre", None))
#endif // QT_CONFIG(accessibility)
        self.workerLabel.setText(QCoreApplication.translate("ImportWizard", u"Social &worker:", None))
#if QT_CONFIG(accessibility)
        self.workerCombo.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Social worker who follows the families", None))
#endif // QT_CONFIG(accessibility)
        self.fileInfoLabel.setText("")
        self.mappingPage.setTitle(QCoreApplication.translate("ImportWizard", u"Columns", None))
        self.mappingPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"What each column of the file holds. The headers were recognised where they could be; choose a column, then what it is imported as.", None))
#if QT_CONFIG(accessibility)
        self.mappingTable.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Columns of the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mappingTable.setAccessibleDescription(QCoreApplication.translate("ImportWizard", u"One row per column of the file: its header, example values and what it is imported as. Choose a row with the arrow keys, then change what it is imported as in the field below.", None))
#endif // QT_CONFIG(accessibility)
        self.fieldLabel.setText(QCoreApplication.translate("ImportWizard", u"&Imported as:", None))
#if QT_CONFIG(accessibility)
        self.fieldCombo.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Imported as", None))
#endif // QT_CONFIG(accessibility)
        self.fieldHelpLabel.setText("")
        self.savedLabel.setText(QCoreApplication.translate("ImportWizard", u"Saved &mappings:", None))
#if QT_CONFIG(accessibility)
        self.savedCombo.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Saved mappings", None))
#endif // QT_CONFIG(accessibility)
        self.useSavedButton.setText(QCoreApplication.translate("ImportWizard", u"&Use", None))
        self.saveMappingButton.setText(QCoreApplication.translate("ImportWizard", u"Sa&ve this mapping\u2026", None))
        self.mappingErrorLabel.setText("")
        self.previewPage.setTitle(QCoreApplication.translate("ImportWizard", u"Preview", None))
        self.previewPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"The first rows as they will be stored: dates, nationalities and municipalities as the application read them, and the families they make.", None))
        self.previewSummaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Preview of the first rows", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleDescription(QCoreApplication.translate("ImportWizard", u"One row per person as it will be stored, with the number of its family and the row number in the file. Read only.", None))
#endif // QT_CONFIG(accessibility)
        self.checkPage.setTitle(QCoreApplication.translate("ImportWizard", u"Check", None))
        self.checkPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Every row is checked with the rules of a family entered by hand; nothing is written yet.", None))
#if QT_CONFIG(accessibility)
        self.checkProgress.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Progress of the check", None))
#endif // QT_CONFIG(accessibility)
        self.checkSummaryLabel.setText("")
        self.rejectedLabel.setText(QCoreApplication.translate("ImportWizard", u"&Rejected rows:", None))
#if QT_CONFIG(accessibility)
        self.rejectedTable.setAccessibleDescription(QCoreApplication.translate("ImportWizard", u"Every rejected row: its number in the file, the column, the field and the reason. Copy or save the list to correct the file.", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("ImportWizard", u"&Copy the list", None))
        self.saveReportButton.setText(QCoreApplication.translate("ImportWizard", u"Save as CS&V\u2026", None))
        self.skipInvalidCheck.setText(QCoreApplication.translate("ImportWizard", u"Import the other families &without the rejected rows", None))
        self.duplicatesLabel.setText(QCoreApplication.translate("ImportWizard", u"&Duplicates (people already recorded):", None))
#if QT_CONFIG(accessibility)
        self.duplicatesTable.setAccessibleDescription(QCoreApplication.translate("ImportWizard", u"Families of the file with a person already recorded: the row, the family it matches, how it matched and what will be done. Choose a row, then skip or merge it below.", None))
#endif // QT_CONFIG(accessibility)
        self.duplicateActionLabel.setText(QCoreApplication.translate("ImportWizard", u"This d&uplicate:", None))
#if QT_CONFIG(accessibility)
        self.duplicateActionCombo.setAccessibleName(QCoreApplication.translate("ImportWizard", u"What to do with the chosen duplicate", None))
#endif // QT_CONFIG(accessibility)
        self.duplicatesDefaultLabel.setText(QCoreApplication.translate("ImportWizard", u"&All duplicates:", None))
#if QT_CONFIG(accessibility)
        self.duplicatesDefaultCombo.setAccessibleName(QCoreApplication.translate("ImportWizard", u"What to do with every duplicate", None))
#endif // QT_CONFIG(accessibility)
        self.recheckButton.setText(QCoreApplication.translate("ImportWizard", u"Check a&gain", None))
        self.mergeHelpLabel.setText(QCoreApplication.translate("ImportWizard", u"Merge adds what the recorded family does not have yet (missing members, dates, nationality, languages, contacts, notes, the decision if it has none) and never changes what is recorded. Skip leaves the family of the file out.", None))
        self.importPage.setTitle(QCoreApplication.translate("ImportWizard", u"Import", None))
        self.importPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Everything is written at once: if the import is cancelled or fails, nothing is imported.", None))
#if QT_CONFIG(accessibility)
        self.importProgress.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Progress of the import", None))
#endif // QT_CONFIG(accessibility)
        self.importStatusLabel.setText("")
    # retranslateUi

