# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'buddy_workspace.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout,
    QLabel, QListWidget, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_BuddyWorkspaceView(object):
    def setupUi(self, BuddyWorkspaceView):
        if not BuddyWorkspaceView.objectName():
            BuddyWorkspaceView.setObjectName(u"BuddyWorkspaceView")
        BuddyWorkspaceView.resize(1100, 720)
        self.workspaceLayout = QHBoxLayout(BuddyWorkspaceView)
        self.workspaceLayout.setObjectName(u"workspaceLayout")
        self.workspaceSplitter = QSplitter(BuddyWorkspaceView)
        self.workspaceSplitter.setObjectName(u"workspaceSplitter")
        self.workspaceSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.workspaceSplitter.setChildrenCollapsible(False)
        self.familiesPanel = QWidget(self.workspaceSplitter)
        self.familiesPanel.setObjectName(u"familiesPanel")
        self.familiesLayout = QVBoxLayout(self.familiesPanel)
        self.familiesLayout.setObjectName(u"familiesLayout")
        self.familiesLayout.setContentsMargins(0, 0, 0, 0)
        self.familiesLabel = QLabel(self.familiesPanel)
        self.familiesLabel.setObjectName(u"familiesLabel")

        self.familiesLayout.addWidget(self.familiesLabel)

        self.familyList = QListWidget(self.familiesPanel)
        self.familyList.setObjectName(u"familyList")
        self.familyList.setAlternatingRowColors(True)
        self.familyList.setWordWrap(True)

        self.familiesLayout.addWidget(self.familyList)

        self.familiesHint = QLabel(self.familiesPanel)
        self.familiesHint.setObjectName(u"familiesHint")
        self.familiesHint.setWordWrap(True)

        self.familiesLayout.addWidget(self.familiesHint)

        self.workspaceSplitter.addWidget(self.familiesPanel)
        self.familyPanel = QWidget(self.workspaceSplitter)
        self.familyPanel.setObjectName(u"familyPanel")
        self.familyLayout = QVBoxLayout(self.familyPanel)
        self.familyLayout.setObjectName(u"familyLayout")
        self.familyLayout.setContentsMargins(0, 0, 0, 0)
        self.familyTitle = QLabel(self.familyPanel)
        self.familyTitle.setObjectName(u"familyTitle")
        self.familyTitle.setWordWrap(True)
        self.familyTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.familyLayout.addWidget(self.familyTitle)

        self.familySubtitle = QLabel(self.familyPanel)
        self.familySubtitle.setObjectName(u"familySubtitle")
        self.familySubtitle.setWordWrap(True)
        self.familySubtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.familyLayout.addWidget(self.familySubtitle)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.languageLabel = QLabel(self.familyPanel)
        self.languageLabel.setObjectName(u"languageLabel")

        self.optionsLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(self.familyPanel)
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.optionsLayout.addWidget(self.languageCombo)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.laterCheck = QCheckBox(self.familyPanel)
        self.laterCheck.setObjectName(u"laterCheck")

        self.optionsLayout.addWidget(self.laterCheck)


        self.familyLayout.addLayout(self.optionsLayout)

        self.stepsLabel = QLabel(self.familyPanel)
        self.stepsLabel.setObjectName(u"stepsLabel")

        self.familyLayout.addWidget(self.stepsLabel)

        self.stepsLayout = QHBoxLayout()
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepsList = QListWidget(self.familyPanel)
        self.stepsList.setObjectName(u"stepsList")
        self.stepsList.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.stepsList.sizePolicy().hasHeightForWidth())
        self.stepsList.setSizePolicy(sizePolicy)

        self.stepsLayout.addWidget(self.stepsList)

        self.stepDetail = QTextBrowser(self.familyPanel)
        self.stepDetail.setObjectName(u"stepDetail")
        self.stepDetail.setTabChangesFocus(True)
        self.stepDetail.setOpenExternalLinks(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.stepDetail.sizePolicy().hasHeightForWidth())
        self.stepDetail.setSizePolicy(sizePolicy1)

        self.stepsLayout.addWidget(self.stepDetail)


        self.familyLayout.addLayout(self.stepsLayout)

        self.stepButtonsLayout = QHBoxLayout()
        self.stepButtonsLayout.setObjectName(u"stepButtonsLayout")
        self.markDoneButton = QPushButton(self.familyPanel)
        self.markDoneButton.setObjectName(u"markDoneButton")

        self.stepButtonsLayout.addWidget(self.markDoneButton)

        self.waitingButton = QPushButton(self.familyPanel)
        self.waitingButton.setObjectName(u"waitingButton")

        self.stepButtonsLayout.addWidget(self.waitingButton)

        self.stepButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepButtonsLayout.addItem(self.stepButtonsSpacer)


        self.familyLayout.addLayout(self.stepButtonsLayout)

        self.appointmentsLabel = QLabel(self.familyPanel)
        self.appointmentsLabel.setObjectName(u"appointmentsLabel")

        self.familyLayout.addWidget(self.appointmentsLabel)

        self.appointmentsList = QListWidget(self.familyPanel)
        self.appointmentsList.setObjectName(u"appointmentsList")
        self.appointmentsList.setWordWrap(True)

        self.familyLayout.addWidget(self.appointmentsList)

        self.notesLabel = QLabel(self.familyPanel)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)
        self.notesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.familyLayout.addWidget(self.notesLabel)

        self.familyButtonsLayout = QHBoxLayout()
        self.familyButtonsLayout.setObjectName(u"familyButtonsLayout")
        self.addAppointmentButton = QPushButton(self.familyPanel)
        self.addAppointmentButton.setObjectName(u"addAppointmentButton")

        self.familyButtonsLayout.addWidget(self.addAppointmentButton)

        self.addNoteButton = QPushButton(self.familyPanel)
        self.addNoteButton.setObjectName(u"addNoteButton")

        self.familyButtonsLayout.addWidget(self.addNoteButton)

        self.familyButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.familyButtonsLayout.addItem(self.familyButtonsSpacer)


        self.familyLayout.addLayout(self.familyButtonsLayout)

        self.workspaceSplitter.addWidget(self.familyPanel)

        self.workspaceLayout.addWidget(self.workspaceSplitter)

#if QT_CONFIG(shortcut)
        self.familiesLabel.setBuddy(self.familyList)
        self.languageLabel.setBuddy(self.languageCombo)
        self.stepsLabel.setBuddy(self.stepsList)
        self.appointmentsLabel.setBuddy(self.appointmentsList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.familyList, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.laterCheck)
        QWidget.setTabOrder(self.laterCheck, self.stepsList)
        QWidget.setTabOrder(self.stepsList, self.stepDetail)
        QWidget.setTabOrder(self.stepDetail, self.markDoneButton)
        QWidget.setTabOrder(self.markDoneButton, self.waitingButton)
        QWidget.setTabOrder(self.waitingButton, self.appointmentsList)
        QWidget.setTabOrder(self.appointmentsList, self.addAppointmentButton)
        QWidget.setTabOrder(self.addAppointmentButton, self.addNoteButton)

        self.retranslateUi(BuddyWorkspaceView)

        QMetaObject.connectSlotsByName(BuddyWorkspaceView)
    # setupUi

    def retranslateUi(self, BuddyWorkspaceView):
#if QT_CONFIG(accessibility)
        BuddyWorkspaceView.setAccessibleName(QCoreApplication.translate("BuddyWorkspaceView", u"Your families and their next steps", None))
#endif // QT_CONFIG(accessibility)
        self.familiesLabel.setText(QCoreApplication.translate("BuddyWorkspaceView", u"&Your families", None))
#if QT_CONFIG(accessibility)
        self.familyList.setAccessibleDescription(QCoreApplication.translate("BuddyWorkspaceView", u"Choose a family to see its next steps, what to bring and where to go.", None))
#endif // QT_CONFIG(accessibility)
        self.familiesHint.setText(QCoreApplication.translate("BuddyWorkspaceView", u"A social worker assigns families to you. You see only those families.", None))
        self.familyTitle.setText("")
        self.familySubtitle.setText("")
        self.languageLabel.setText(QCoreApplication.translate("BuddyWorkspaceView", u"&Explanations in:", None))
        self.laterCheck.setText(QCoreApplication.translate("BuddyWorkspaceView", u"Show &later steps too", None))
#if QT_CONFIG(tooltip)
        self.laterCheck.setToolTip(QCoreApplication.translate("BuddyWorkspaceView", u"Also the open steps that must wait for another step first, or are blocked.", None))
#endif // QT_CONFIG(tooltip)
        self.stepsLabel.setText(QCoreApplication.translate("BuddyWorkspaceView", u"&Next steps", None))
#if QT_CONFIG(accessibility)
        self.stepsList.setAccessibleDescription(QCoreApplication.translate("BuddyWorkspaceView", u"The family's next steps, the most urgent first. Choose one to read what to do, what to bring and where to go.", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stepDetail.setAccessibleName(QCoreApplication.translate("BuddyWorkspaceView", u"What to do, what to bring and where to go", None))
#endif // QT_CONFIG(accessibility)
        self.markDoneButton.setText(QCoreApplication.translate("BuddyWorkspaceView", u"&Mark done", None))
#if QT_CONFIG(tooltip)
        self.markDoneButton.setToolTip(QCoreApplication.translate("BuddyWorkspaceView", u"The selected step is done (today).", None))
#endif // QT_CONFIG(tooltip)
        self.waitingButton.setText(QCoreApplication.translate("BuddyWorkspaceView", u"&Waiting for someone", None))
#if QT_CONFIG(tooltip)
        self.waitingButton.setToolTip(QCoreApplication.translate("BuddyWorkspaceView", u"The family did its part and waits for an answer or a document from someone else.", None))
#endif // QT_CONFIG(tooltip)
        self.appointmentsLabel.setText(QCoreApplication.translate("BuddyWorkspaceView", u"Appo&intments", None))
#if QT_CONFIG(accessibility)
        self.appointmentsList.setAccessibleDescription(QCoreApplication.translate("BuddyWorkspaceView", u"The family's appointments from today on: when, where and what to bring.", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText("")
        self.addAppointmentButton.setText(QCoreApplication.translate("BuddyWorkspaceView", u"&Add appointment\u2026", None))
        self.addNoteButton.setText(QCoreApplication.translate("BuddyWorkspaceView", u"Note for the &social worker\u2026", None))
#if QT_CONFIG(tooltip)
        self.addNoteButton.setToolTip(QCoreApplication.translate("BuddyWorkspaceView", u"A short message for the family's social worker, who sees it highlighted.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

