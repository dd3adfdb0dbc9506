# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'centre_form.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_CentreForm(object):
    def setupUi(self, CentreForm):
        if not CentreForm.objectName():
            CentreForm.setObjectName(u"CentreForm")
        CentreForm.resize(560, 420)
        self.layout = QVBoxLayout(CentreForm)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(CentreForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CentreForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.operatorLabel = QLabel(CentreForm)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.operatorLabel)

        self.operatorCombo = QComboBox(CentreForm)
        self.operatorCombo.setObjectName(u"operatorCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.operatorCombo)

        self.streetLabel = QLabel(CentreForm)
        self.streetLabel.setObjectName(u"streetLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.streetEdit = QLineEdit(CentreForm)
        self.streetEdit.setObjectName(u"streetEdit")
        self.streetEdit.setMaxLength(300)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.streetEdit)

        self.postcodeLabel = QLabel(CentreForm)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcodeLayout = QHBoxLayout()
        self.postcodeLayout.setObjectName(u"postcodeLayout")
        self.postcodeEdit = QLineEdit(CentreForm)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        self.postcodeEdit.setMaxLength(4)

        self.postcodeLayout.addWidget(self.postcodeEdit)

        self.postcodeHint = QLabel(CentreForm)
        self.postcodeHint.setObjectName(u"postcodeHint")
        self.postcodeHint.setWordWrap(True)

        self.postcodeLayout.addWidget(self.postcodeHint)

        self.postcodeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.postcodeLayout.addItem(self.postcodeSpacer)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.postcodeLayout)

        self.municipalityLabel = QLabel(CentreForm)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.municipalityLabel)

        self.municipalityCombo = QComboBox(CentreForm)
        self.municipalityCombo.setObjectName(u"municipalityCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.municipalityCombo)

        self.phoneLabel = QLabel(CentreForm)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(CentreForm)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(50)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(CentreForm)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(CentreForm)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.enterpriseLabel = QLabel(CentreForm)
        self.enterpriseLabel.setObjectName(u"enterpriseLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.enterpriseLabel)

        self.enterpriseEdit = QLineEdit(CentreForm)
        self.enterpriseEdit.setObjectName(u"enterpriseEdit")
        self.enterpriseEdit.setMaxLength(20)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.enterpriseEdit)

        self.logoLabel = QLabel(CentreForm)
        self.logoLabel.setObjectName(u"logoLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(CentreForm)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)

        self.logoLayout.addWidget(self.logoPreview)

        self.chooseLogoButton = QPushButton(CentreForm)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoLayout.addWidget(self.chooseLogoButton)

        self.removeLogoButton = QPushButton(CentreForm)
        self.removeLogoButton.setObjectName(u"removeLogoButton")

        self.logoLayout.addWidget(self.removeLogoButton)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoLayout.addItem(self.logoSpacer)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.logoLayout)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(CentreForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.errorLabel)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.operatorLabel.setBuddy(self.operatorCombo)
        self.streetLabel.setBuddy(self.streetEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.municipalityLabel.setBuddy(self.municipalityCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.enterpriseLabel.setBuddy(self.enterpriseEdit)
        self.logoLabel.setBuddy(self.chooseLogoButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.operatorCombo)
        QWidget.setTabOrder(self.operatorCombo, self.streetEdit)
        QWidget.setTabOrder(self.streetEdit, self.postcodeEdit)
        QWidget.setTabOrder(self.postcodeEdit, self.municipalityCombo)
        QWidget.setTabOrder(self.municipalityCombo, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.enterpriseEdit)
        QWidget.setTabOrder(self.enterpriseEdit, self.chooseLogoButton)
        QWidget.setTabOrder(self.chooseLogoButton, self.removeLogoButton)

        self.retranslateUi(CentreForm)

        QMetaObject.connectSlotsByName(CentreForm)
    # setupUi

    def retranslateUi(self, CentreForm):
        self.nameLabel.setText(QCoreApplication.translate("CentreForm", u"Na&me of the centre", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CentreForm", u"e.g. Centre Croix-Rouge de Jodoigne", None))
        self.operatorLabel.setText(QCoreApplication.translate("CentreForm", u"&Operator", None))
        self.streetLabel.setText(QCoreApplication.translate("CentreForm", u"&Street and number", None))
        self.streetEdit.setPlaceholderText(QCoreApplication.translate("CentreForm", u"e.g. Rue de la Station 12", None))
        self.postcodeLabel.setText(QCoreApplication.translate("CentreForm", u"&Postcode", None))
        self.postcodeEdit.setPlaceholderText(QCoreApplication.translate("CentreForm", u"e.g. 1370", None))
        self.postcodeHint.setText("")
        self.municipalityLabel.setText(QCoreApplication.translate("CentreForm", u"M&unicipality", None))
        self.phoneLabel.setText(QCoreApplication.translate("CentreForm", u"P&hone", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("CentreForm", u"e.g. 010 81 23 45", None))
        self.emailLabel.setText(QCoreApplication.translate("CentreForm", u"&E-mail", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("CentreForm", u"e.g. reception@centre.be", None))
        self.enterpriseLabel.setText(QCoreApplication.translate("CentreForm", u"Ente&rprise number", None))
        self.enterpriseEdit.setPlaceholderText(QCoreApplication.translate("CentreForm", u"optional, e.g. 0403.019.261", None))
        self.logoLabel.setText(QCoreApplication.translate("CentreForm", u"&Logo", None))
        self.logoPreview.setText(QCoreApplication.translate("CentreForm", u"No logo (optional)", None))
        self.chooseLogoButton.setText(QCoreApplication.translate("CentreForm", u"Choose an image\u2026", None))
#if QT_CONFIG(tooltip)
        self.chooseLogoButton.setToolTip(QCoreApplication.translate("CentreForm", u"A PNG or JPEG image of at most 1 MB, printed at the top of letters and dossiers.", None))
#endif // QT_CONFIG(tooltip)
        self.removeLogoButton.setText(QCoreApplication.translate("CentreForm", u"Remo&ve", None))
#if QT_CONFIG(accessibility)
        self.removeLogoButton.setAccessibleName(QCoreApplication.translate("CentreForm", u"Remove the logo", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
        pass
    # retranslateUi

