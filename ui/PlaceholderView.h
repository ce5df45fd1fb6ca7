#pragma once

#include <QWidget>

namespace SafeScan {

// A view that is not built yet says so plainly, and what it will hold.
class PlaceholderView : public QWidget
{
    Q_OBJECT
public:
    PlaceholderView(const QString& title, const QString& text, QWidget* parent = nullptr);
};

} // namespace SafeScan
