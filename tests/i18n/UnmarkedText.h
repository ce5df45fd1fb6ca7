#pragma once

// Finds string literals that reach the user without passing through tr() or translate(): the
// arguments of the widget calls that show text (setText, setToolTip, QLabel(...), QMessageBox, ...).
// A small C++ tokenizer (comments, string and character literals, identifiers, parentheses) is
// enough: the code is clang-formatted Qt code, not arbitrary C++.
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace SafeScan::Test {

using namespace Qt::StringLiterals;

struct UnmarkedLiteral
{
    int line = 0;
    QString call; // the widget call it is passed to
    QString text;
};

class UnmarkedText
{
public:
    // Literals with no word in them (markup, "%1 (%2)", " · ") and those on the allowlist pass.
    explicit UnmarkedText(QSet<QString> allowlist)
        : m_allowlist(std::move(allowlist))
    {}

    QList<UnmarkedLiteral> scan(const QString& code) const
    {
        QList<UnmarkedLiteral> found;
        QList<Frame> stack;
        QString typeName; // the identifier before the previous one: "QLabel" in "QLabel notice("
        QString previousIdentifier;
        QString identifier;
        int line = 1;
        const qsizetype n = code.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = code[i];
            if (c == u'\n') {
                ++line;
                continue;
            }
            if (c == u'/' && i + 1 < n && code[i + 1] == u'/') {
                while (i < n && code[i] != u'\n')
                    ++i;
                --i;
                continue;
            }
            if (c == u'/' && i + 1 < n && code[i + 1] == u'*') {
                for (i += 2; i + 1 < n && !(code[i] == u'*' && code[i + 1] == u'/'); ++i)
                    line += code[i] == u'\n';
                ++i;
                continue;
            }
            if (c == u'\'') { // a character literal
                for (++i; i < n && code[i] != u'\''; ++i)
                    i += code[i] == u'\\';
                identifier.clear();
                continue;
            }
            if (c == u'"') {
                QString text;
                for (++i; i < n && code[i] != u'"'; ++i) {
                    if (code[i] == u'\\' && i + 1 < n)
                        text.append(code[++i]);
                    else
                        text.append(code[i]);
                }
                check(stack, text, line, found);
                identifier.clear();
                continue;
            }
            if (c.isLetterOrNumber() || c == u'_' ||
                (c == u':' && i + 1 < n && code[i + 1] == u':' && !identifier.isEmpty())) {
                if (c == u':') {
                    identifier += u"::"_s;
                    ++i;
                } else {
                    identifier.append(c);
                }
                continue;
            }
            if (!identifier.isEmpty()) {
                typeName = previousIdentifier;
                previousIdentifier = identifier;
                identifier.clear();
            }
            if (c.isSpace() || c == u'*' || c == u'&')
                continue; // "QLabel* label(" and "QLabel label(" keep the type as previous identifier
            if (c == u'(') {
                const QString name = previousIdentifier;
                const QString last = name.section(u"::"_s, -1);
                stack.append({name, shows(name, last) || shows(typeName, typeName.section(u"::"_s, -1))});
                previousIdentifier.clear();
                typeName.clear();
                continue;
            }
            if (c == u')' && !stack.isEmpty())
                stack.removeLast();
            if (c == u';' || c == u'{' || c == u'}')
                stack.clear();
            previousIdentifier.clear();
            typeName.clear();
        }
        return found;
    }

private:
    struct Frame
    {
        QString name;
        bool shows = false;
    };

    static bool shows(const QString& name, const QString& last)
    {
        static const QSet<QString> calls = {u"setText"_s,
                                            u"setToolTip"_s,
                                            u"setWindowTitle"_s,
                                            u"setAccessibleName"_s,
                                            u"setAccessibleDescription"_s,
                                            u"setPlaceholderText"_s,
                                            u"setStatusTip"_s,
                                            u"setWhatsThis"_s,
                                            u"setTitle"_s,
                                            u"showMessage"_s,
                                            u"addAction"_s,
                                            u"addTab"_s,
                                            u"addRow"_s,
                                            u"addItem"_s,
                                            u"addButton"_s,
                                            u"setLabelText"_s,
                                            u"setCancelButtonText"_s,
                                            u"setInformativeText"_s,
                                            u"setDetailedText"_s,
                                            u"setHeaderLabels"_s,
                                            u"setHorizontalHeaderLabels"_s,
                                            u"setSpecialValueText"_s,
                                            u"setSuffix"_s,
                                            u"setPrefix"_s,
                                            u"setTabText"_s,
                                            u"insertItem"_s,
                                            u"getOpenFileName"_s,
                                            u"getOpenFileNames"_s,
                                            u"getSaveFileName"_s,
                                            u"getExistingDirectory"_s,
                                            u"beginWork"_s,
                                            u"setMessage"_s,
                                            u"note"_s};
        static const QSet<QString> widgets = {u"QLabel"_s,          u"QPushButton"_s,       u"QCheckBox"_s,
                                              u"QRadioButton"_s,    u"QGroupBox"_s,         u"QAction"_s,
                                              u"QToolButton"_s,     u"QMessageBox"_s,       u"QMenu"_s,
                                              u"QListWidgetItem"_s, u"QCommandLinkButton"_s};
        return calls.contains(last) || widgets.contains(last) || name.startsWith(u"QMessageBox::"_s);
    }

    void check(const QList<Frame>& stack, const QString& text, int line, QList<UnmarkedLiteral>& found) const
    {
        static const QSet<QString> marks = {u"tr"_s,         u"translate"_s,
                                            u"QT_TR_NOOP"_s, u"QT_TRANSLATE_NOOP"_s,
                                            u"qtTrId"_s,     u"QCoreApplication::translate"_s};
        // Arguments that are not text a person reads.
        static const QSet<QString> notText = {u"QIcon"_s,    u"fromTheme"_s,     u"QKeySequence"_s,
                                              u"QUrl"_s,     u"setObjectName"_s, u"setStyleSheet"_s,
                                              u"QPixmap"_s,  u"setProperty"_s,   u"QRegularExpression"_s,
                                              u"toString"_s, u"QDir"_s,          u"filePath"_s};
        const QString* shown = nullptr;
        for (const Frame& frame : stack) {
            const QString last = frame.name.section(u"::"_s, -1);
            if (marks.contains(frame.name) || marks.contains(last) || notText.contains(last))
                return;
            if (frame.shows && !shown)
                shown = &frame.name;
        }
        if (!shown || !hasWords(text) || isData(text) || m_allowlist.contains(text))
            return;
        found.append({line, *shown, text});
    }

    // Not prose: a lower-case key stored as item data ("camera"), a resource or file name
    // ("safescan-history.csv", ":/icons/%1.svg").
    static bool isData(const QString& text)
    {
        static const QRegularExpression key(u"^[a-z0-9_]+$"_s);
        static const QRegularExpression fileName(u"^[:/A-Za-z0-9_.%-]*\\.(png|svg|csv|json|vcf|sqlite)$"_s);
        return key.match(text).hasMatch() || fileName.match(text).hasMatch();
    }

    static bool hasWords(QString text)
    {
        static const QRegularExpression markup(u"<[^>]*>|&[a-z]+;|%[0-9n]"_s);
        static const QRegularExpression word(u"[A-Za-z]{2,}"_s);
        return text.remove(markup).contains(word);
    }

    QSet<QString> m_allowlist;
};

} // namespace SafeScan::Test
