#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringList>
#include <QTextEdit>
#include <QWidget>

// The accessible-name walk the UI tests share: every control a person can operate below a root
// widget, and those of them without an accessible name.
namespace SafeScan::Test {

inline bool isControl(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w) ||
           qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
           qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QTextEdit*>(w) ||
           qobject_cast<const QPlainTextEdit*>(w) ||
           (qobject_cast<const QAbstractSlider*>(w) && !qobject_cast<const QScrollBar*>(w));
}

// Parts Qt builds inside a control (a line edit's clear button, a table's corner button, a
// combo box's popup, a spin box's line edit) are named through their owner.
inline bool isInsideAControl(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QAbstractItemView*>(p) || qobject_cast<const QLineEdit*>(p) ||
            qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p))
            return true;
    return false;
}

// "Class "text-or-objectName" in ParentClass" for each unnamed control; `count` (optional) is
// increased by the number of controls seen.
inline QStringList unnamedControls(const QWidget* root, int* count = nullptr)
{
    using namespace Qt::StringLiterals;
    QStringList missing;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (!isControl(w) || isInsideAControl(w))
            continue;
        if (count)
            ++*count;
        if (!w->accessibleName().trimmed().isEmpty())
            continue;
        const auto* button = qobject_cast<const QAbstractButton*>(w);
        missing.append(u"%1 \"%2\" in %3"_s.arg(
            QString::fromLatin1(w->metaObject()->className()), button ? button->text() : w->objectName(),
            QString::fromLatin1(w->parentWidget()->metaObject()->className())));
    }
    return missing;
}

} // namespace SafeScan::Test
