#pragma once

#include "app/parentview/parentview.h"

class QTableWidget;
class QTreeWidget;

namespace cooc::ui::parentviewsections {

// Fills the parent view's read-only lists from a ChildView (headers, rows, and a sentence
// when a list is empty). Only display: the rows are already what the parent sees.
void fillGrades(QTreeWidget *tree, const ChildView &child);
void fillAbsences(QTreeWidget *tree, const ChildView &child);
void fillMerits(QTreeWidget *tree, const ChildView &child);
void fillGateSwipes(QTreeWidget *tree, const ChildView &child);
void fillNotices(QTreeWidget *tree, const ChildView &child);
void fillLeave(QTreeWidget *tree, const ChildView &child);
void fillContactBook(QTreeWidget *tree, const ChildView &child);
void fillActivities(QTreeWidget *tree, const ChildView &child);

// The "Why can't they see…?" list: the parent's own reasons, every hidden child, then the
// hidden items of the selected child. One row per reason: what, why, what would fix it.
// Returns the number of hidden things listed.
int fillWhy(QTableWidget *table, const ParentView &view, int currentChild);

} // namespace cooc::ui::parentviewsections
