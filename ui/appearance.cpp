// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Folio {

namespace {

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x84, 0x8a);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x78, 0xae, 0xed));
    palette.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4d));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText }) {
        palette.setColor(QPalette::Disabled, role, disabled);
    }
    return palette;
}

QString platformStyle()
{
    static const QString name = qApp->style() ? qApp->style()->name() : QString();
    return name;
}

} // namespace

Appearance::Theme Appearance::stored()
{
    const QString value = QSettings().value(QStringLiteral("appearance/theme")).toString();
    if (value == QLatin1String("light")) {
        return Theme::Light;
    }
    if (value == QLatin1String("dark")) {
        return Theme::Dark;
    }
    return Theme::System;
}

void Appearance::apply(Theme theme)
{
    (void)platformStyle(); // remember the platform's style before the first change
    switch (theme) {
    case Theme::System:
        if (!platformStyle().isEmpty()) {
            QApplication::setStyle(QStyleFactory::create(platformStyle()));
        }
        // An empty palette (nothing resolved) hands the colours back to the platform theme.
        QApplication::setPalette(QPalette());
        QSettings().remove(QStringLiteral("appearance/theme"));
        return;
    case Theme::Light:
        // Fusion draws the same on every platform, so a forced palette looks as intended everywhere.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        QSettings().setValue(QStringLiteral("appearance/theme"), QStringLiteral("light"));
        return;
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        QSettings().setValue(QStringLiteral("appearance/theme"), QStringLiteral("dark"));
        return;
    }
}

QString Appearance::name(Theme theme)
{
    switch (theme) {
    case Theme::System: return tr("Follow the System");
    case Theme::Light: return tr("Light");
    case Theme::Dark: return tr("Dark");
    }
    return {};
}

} // namespace Folio
