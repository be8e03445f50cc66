// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace clearline::ui {

class ProfileSession;

/// A principal's view of their school: acknowledgments this year (who has,
/// who not), trips with a shared number this week, misuse reports,
/// professional accounts. Each count opens to its records, and a record
/// opens on Enter or a double click.
class BuildingOverviewView : public QWidget
{
    Q_OBJECT

public:
    explicit BuildingOverviewView(ProfileSession &session, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QComboBox *schoolBox() const { return m_school; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void recordRequested(const QString &recordId);
    void disclosureRequested(const QString &recordId);

private:
    ProfileSession &m_session;
    QComboBox *m_school = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace clearline::ui
