#include "NameLabels.h"

#include <QCoreApplication>

namespace SafeScan {

QString labelFor(std::span<const NameLabel> labels, const char* context, const QString& name)
{
    for (const NameLabel& label : labels)
        if (name == QStringView(label.name))
            return QCoreApplication::translate(context, label.text);
    return name;
}

} // namespace SafeScan
