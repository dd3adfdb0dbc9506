# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QFrame,
    QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QToolButton, QTreeWidget,
    QVBoxLayout, QWidget)

class Ui_ChecklistView(object):
    def setupUi(self, ChecklistView):
        if not ChecklistView.objectName():
            ChecklistView.setObjectName(u"ChecklistView")
        ChecklistView.resize(760, 560)
        self.checklistLayout = QVBoxLayout(ChecklistView)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.nextStepFrame = QFrame(ChecklistView)
        self.nextStepFrame.setObjectName(u"nextStepFrame")
        self.nextStepFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.nextStepLayout = QVBoxLayout(self.nextStepFrame)
        self.nextStepLayout.setObjectName(u"nextStepLayout")
        self.nextStepLabel = QLabel(self.nextStepFrame)
        self.nextStepLabel.setObjectName(u"nextStepLabel")
        self.nextStepLabel.setWordWrap(True)
        self.nextStepLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nextStepLayout.addWidget(self.nextStepLabel)

        self.documentsLabel = QLabel(self.nextStepFrame)
        self.documentsLabel.setObjectName(u"documentsLabel")
        self.documentsLabel.setWordWrap(True)
        self.documentsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nextStepLayout.addWidget(self.documentsLabel)


        self.checklistLayout.addWidget(self.nextStepFrame)

        self.summaryLabel = QLabel(ChecklistView)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.checklistLayout.addWidget(self.summaryLabel)

        self.stepsTree = QTreeWidget(ChecklistView)
        self.stepsTree.setObjectName(u"stepsTree")
        self.stepsTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stepsTree.setAlternatingRowColors(True)
        self.stepsTree.setUniformRowHeights(True)
        self.stepsTree.setAllColumnsShowFocus(True)

        self.checklistLayout.addWidget(self.stepsTree)

        self.stepDetailLabel = QLabel(ChecklistView)
        self.stepDetailLabel.setObjectName(u"stepDetailLabel")
        self.stepDetailLabel.setWordWrap(True)
        self.stepDetailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.checklistLayout.addWidget(self.stepDetailLabel)

        self.stepDateLayout = QHBoxLayout()
        self.stepDateLayout.setObjectName(u"stepDateLayout")
        self.doneOnLabel = QLabel(ChecklistView)
        self.doneOnLabel.setObjectName(u"doneOnLabel")

        self.stepDateLayout.addWidget(self.doneOnLabel)

        self.doneOnEdit = QDateEdit(ChecklistView)
        self.doneOnEdit.setObjectName(u"doneOnEdit")
        self.doneOnEdit.setCalendarPopup(True)

        self.stepDateLayout.addWidget(self.doneOnEdit)

        self.doneButton = QPushButton(ChecklistView)
        self.doneButton.setObjectName(u"doneButton")

        self.stepDateLayout.addWidget(self.doneButton)

        self.postponeButton = QPushButton(ChecklistView)
        self.postponeButton.setObjectName(u"postponeButton")

        self.stepDateLayout.addWidget(self.postponeButton)

        self.stepDateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepDateLayout.addItem(self.stepDateSpacer)


        self.checklistLayout.addLayout(self.stepDateLayout)

        self.historyLabel = QLabel(ChecklistView)
        self.historyLabel.setObjectName(u"historyLabel")
        self.historyLabel.setWordWrap(True)
        self.historyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.checklistLayout.addWidget(self.historyLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.statusButton = QToolButton(ChecklistView)
        self.statusButton.setObjectName(u"statusButton")
        self.statusButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.statusButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.buttonsLayout.addWidget(self.statusButton)

        self.noteButton = QPushButton(ChecklistView)
        self.noteButton.setObjectName(u"noteButton")

        self.buttonsLayout.addWidget(self.noteButton)

        self.addStepButton = QPushButton(ChecklistView)
        self.addStepButton.setObjectName(u"addStepButton")

        self.buttonsLayout.addWidget(self.addStepButton)

        self.extensionButton = QPushButton(ChecklistView)
        self.extensionButton.setObjectName(u"extensionButton")

        self.buttonsLayout.addWidget(self.extensionButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.undoButton = QPushButton(ChecklistView)
        self.undoButton.setObjectName(u"undoButton")

        self.buttonsLayout.addWidget(self.undoButton)


        self.checklistLayout.addLayout(self.buttonsLayout)

        self.actorLayout = QHBoxLayout()
        self.actorLayout.setObjectName(u"actorLayout")
        self.actorLabel = QLabel(ChecklistView)
        self.actorLabel.setObjectName(u"actorLabel")

        self.actorLayout.addWidget(self.actorLabel)

        self.actorValue = QLabel(ChecklistView)
        self.actorValue.setObjectName(u"actorValue")
        self.actorValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.actorLayout.addWidget(self.actorValue)

        self.actorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actorLayout.addItem(self.actorSpacer)


        self.checklistLayout.addLayout(self.actorLayout)

#if QT_CONFIG(shortcut)
        self.doneOnLabel.setBuddy(self.doneOnEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stepsTree, self.doneOnEdit)
        QWidget.setTabOrder(self.doneOnEdit, self.doneButton)
        QWidget.setTabOrder(self.doneButton, self.postponeButton)
        QWidget.setTabOrder(self.postponeButton, self.statusButton)
        QWidget.setTabOrder(self.statusButton, self.noteButton)
        QWidget.setTabOrder(self.noteButton, self.addStepButton)
        QWidget.setTabOrder(self.addStepButton, self.extensionButton)
        QWidget.setTabOrder(self.extensionButton, self.undoButton)

        self.retranslateUi(ChecklistView)

        QMetaObject.connectSlotsByName(ChecklistView)
    # setupUi

    def retranslateUi(self, ChecklistView):
#if QT_CONFIG(accessibility)
        ChecklistView.setAccessibleName(QCoreApplication.translate("ChecklistView", u"Exit-support checklist", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nextStepFrame.setAccessibleName(QCoreApplication.translate("ChecklistView", u"Next step", None))
#endif // QT_CONFIG(accessibility)
        self.nextStepLabel.setText("")
        self.documentsLabel.setText("")
        self.summaryLabel.setText("")
        ___qtreewidgetitem = self.stepsTree.headerItem()
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("ChecklistView", u"Note", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("ChecklistView", u"Changed by", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ChecklistView", u"Done on", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ChecklistView", u"Due", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ChecklistView", u"Status", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ChecklistView", u"Step", None))
#if QT_CONFIG(accessibility)
        self.stepsTree.setAccessibleName(QCoreApplication.translate("ChecklistView", u"Checklist steps by track", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stepsTree.setAccessibleDescription(QCoreApplication.translate("ChecklistView", u"Space ticks the selected step as done; F2 changes its status.", None))
#endif // QT_CONFIG(accessibility)
        self.stepDetailLabel.setText("")
#if QT_CONFIG(accessibility)
        self.stepDetailLabel.setAccessibleName(QCoreApplication.translate("ChecklistView", u"Selected step", None))
#endif // QT_CONFIG(accessibility)
        self.doneOnLabel.setText(QCoreApplication.translate("ChecklistView", u"Done on", None))
#if QT_CONFIG(accessibility)
        self.doneOnEdit.setAccessibleDescription(QCoreApplication.translate("ChecklistView", u"The day the selected step was done: today or earlier. Enter saves it.", None))
#endif // QT_CONFIG(accessibility)
        self.doneButton.setText(QCoreApplication.translate("ChecklistView", u"&Mark done on this date", None))
        self.postponeButton.setText(QCoreApplication.translate("ChecklistView", u"Ne&w due date\u2026", None))
        self.historyLabel.setText("")
#if QT_CONFIG(accessibility)
        self.historyLabel.setAccessibleName(QCoreApplication.translate("ChecklistView", u"History of the selected step", None))
#endif // QT_CONFIG(accessibility)
        self.statusButton.setText(QCoreApplication.translate("ChecklistView", u"Set &status", None))
        self.noteButton.setText(QCoreApplication.translate("ChecklistView", u"N&ote\u2026", None))
        self.addStepButton.setText(QCoreApplication.translate("ChecklistView", u"&New step\u2026", None))
        self.extensionButton.setText(QCoreApplication.translate("ChecklistView", u"E&xtension of stay\u2026", None))
        self.undoButton.setText(QCoreApplication.translate("ChecklistView", u"&Undo", None))
        self.actorLabel.setText(QCoreApplication.translate("ChecklistView", u"Changes recorded as", None))
#if QT_CONFIG(accessibility)
        self.actorValue.setAccessibleName(QCoreApplication.translate("ChecklistView", u"Signed-in person recording the changes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

