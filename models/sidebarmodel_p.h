// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SidebarModel's tree, shared by its reading half (sidebarmodel.cpp) and its editing half
// (sidebarmodeledits.cpp). Not API.

#include "sidebarmodel.h"

#include <QString>

#include <memory>
#include <vector>

namespace Folio {

struct SidebarModel::Node
{
    NodeKind kind = NodeKind::Section;
    qint64 id = 0; // folder, collection or saved search id; the Section of a section
    QString name;
    QString path; // folders
    QString query; // smart collections
    qint64 count = 0; // collections
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
    Node *add(NodeKind childKind, qint64 childId = 0)
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->id = childId;
        return add(std::move(child));
    }
};

} // namespace Folio
