// An undoable edit of one entry of the user's catalog.
#pragma once

#include "catalogstore.h"

#include <QUndoCommand>

#include <optional>

namespace Headroom {

// One edit of the user's catalog: the user's entry of `id` before and after (nullopt: none).
// Adding, editing, duplicating, deleting an own entry and resetting an override to its built-in
// values are all this one command, so each undoes and redoes the same way.
template<typename T>
class EntryEdit final : public QUndoCommand
{
public:
    EntryEdit(CatalogStore *store, QString id, std::optional<T> after, const QString &text,
              QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_store(store)
        , m_id(std::move(id))
        , m_before(current(store, m_id))
        , m_after(std::move(after))
    {}

    void redo() override { put(m_after); }
    void undo() override { put(m_before); }

private:
    static std::optional<T> current(const CatalogStore *store, const QString &id)
    {
        if constexpr (std::is_same_v<T, ModelSpec>)
            return store->userModel(id);
        else if constexpr (std::is_same_v<T, HardwareSpec>)
            return store->userHardware(id);
        else
            return store->userHost(id);
    }
    void put(const std::optional<T> &entry)
    {
        if constexpr (std::is_same_v<T, ModelSpec>)
            m_store->setUserModel(m_id, entry);
        else if constexpr (std::is_same_v<T, HardwareSpec>)
            m_store->setUserHardware(m_id, entry);
        else
            m_store->setUserHost(m_id, entry);
    }

    CatalogStore *m_store;
    QString m_id;
    std::optional<T> m_before;
    std::optional<T> m_after;
};

} // namespace Headroom

namespace Headroom {

// Replaces the whole user catalog (an import merged into it), undoably.
class UserCatalogEdit final : public QUndoCommand
{
public:
    UserCatalogEdit(CatalogStore *store, Catalog after, const QString &text)
        : QUndoCommand(text)
        , m_store(store)
        , m_before(store->userCatalog())
        , m_after(std::move(after))
    {}
    void redo() override { m_store->setUserCatalog(m_after); }
    void undo() override { m_store->setUserCatalog(m_before); }

private:
    CatalogStore *m_store;
    Catalog m_before;
    Catalog m_after;
};

// A catalog id from a display name: "RTX 5090 (mine)" → "rtx-5090-mine".
[[nodiscard]] inline QString idFromName(const QString &name)
{
    QString id;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            id.append(c);
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id.append(QLatin1Char('-'));
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("entry") : id;
}

} // namespace Headroom
