# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'week_view.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTreeView, QVBoxLayout, QWidget)

class Ui_WeekView(object):
    def setupUi(self, WeekView):
        if not WeekView.objectName():
            WeekView.setObjectName(u"WeekView")
        WeekView.resize(1000, 640)
        self.weekLayout = QVBoxLayout(WeekView)
        self.weekLayout.setObjectName(u"weekLayout")
        self.navigationLayout = QHBoxLayout()
        self.navigationLayout.setObjectName(u"navigationLayout")
        self.previousButton = QPushButton(WeekView)
        self.previousButton.setObjectName(u"previousButton")

        self.navigationLayout.addWidget(self.previousButton)

        self.todayButton = QPushButton(WeekView)
        self.todayButton.setObjectName(u"todayButton")

        self.navigationLayout.addWidget(self.todayButton)

        self.nextButton = QPushButton(WeekView)
        self.nextButton.setObjectName(u"nextButton")

        self.navigationLayout.addWidget(self.nextButton)

        self.weekLabel = QLabel(WeekView)
        self.weekLabel.setObjectName(u"weekLabel")
        self.weekLabel.setText(u"\u2014")

        self.navigationLayout.addWidget(self.weekLabel)

        self.navigationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navigationLayout.addItem(self.navigationSpacer)

        self.exportButton = QPushButton(WeekView)
        self.exportButton.setObjectName(u"exportButton")

        self.navigationLayout.addWidget(self.exportButton)


        self.weekLayout.addLayout(self.navigationLayout)

        self.weekTree = QTreeView(WeekView)
        self.weekTree.setObjectName(u"weekTree")
        self.weekTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.weekTree.setAlternatingRowColors(True)
        self.weekTree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.weekTree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.weekTree.setRootIsDecorated(False)
        self.weekTree.setItemsExpandable(False)
        self.weekTree.setExpandsOnDoubleClick(False)
        self.weekTree.setUniformRowHeights(False)
        self.weekTree.setWordWrap(True)

        self.weekLayout.addWidget(self.weekTree)

        self.hintLabel = QLabel(WeekView)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)

        self.weekLayout.addWidget(self.hintLabel)

        QWidget.setTabOrder(self.previousButton, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.weekTree)

        self.retranslateUi(WeekView)

        QMetaObject.connectSlotsByName(WeekView)
    # setupUi

    def retranslateUi(self, WeekView):
        WeekView.setWindowTitle(QCoreApplication.translate("WeekView", u"Appointments \u2014 week", None))
#if QT_CONFIG(accessibility)
        WeekView.setAccessibleName(QCoreApplication.translate("WeekView", u"Appointments of the week", None))
#endif // QT_CONFIG(accessibility)
        self.previousButton.setText(QCoreApplication.translate("WeekView", u"&Previous week", None))
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("WeekView", u"Previous week (Alt+Left, Page Up)", None))
#endif // QT_CONFIG(tooltip)
        self.todayButton.setText(QCoreApplication.translate("WeekView", u"&Today", None))
#if QT_CONFIG(tooltip)
        self.todayButton.setToolTip(QCoreApplication.translate("WeekView", u"The week of today", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("WeekView", u"&Next week", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("WeekView", u"Next week (Alt+Right, Page Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.weekLabel.setAccessibleName(QCoreApplication.translate("WeekView", u"Week shown", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("WeekView", u"&Export week to calendar (.ics)\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("WeekView", u"A file to import into a phone or computer calendar (times, places and case numbers; no names)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.weekTree.setAccessibleName(QCoreApplication.translate("WeekView", u"Appointments by day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.weekTree.setAccessibleDescription(QCoreApplication.translate("WeekView", u"The seven days of the week, each followed by its appointments. Enter or double-click opens an appointment; Alt+Left and Alt+Right show the previous and next week.", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

