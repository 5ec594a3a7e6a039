#pragma once

#include "Result.h"
#include "storage/Database.h"

#include <type_traits>
#include <utility>

namespace tavle {

/// Runs `work` in a write transaction of its own and commits when it succeeds; on an error,
/// nothing it wrote stays. `work` returns a Status or a Result<T>, and so does this.
template <typename Work>
auto inTransaction(Database& database, Work&& work) -> std::invoke_result_t<Work>
{
    using Outcome = std::invoke_result_t<Work>;
    auto transaction = database.begin();
    if (!transaction)
        return Outcome(transaction.error());
    Outcome outcome = std::forward<Work>(work)();
    if (!outcome)
        return outcome; // the guard rolls back
    if (const auto committed = transaction.value().commit(); !committed)
        return Outcome(committed.error());
    return outcome;
}

/// Stores an entity with an id and a row version: a new row when its id is 0, else an update
/// of the row as it was read (refused by `update` when someone changed it since). Returns the
/// entity as stored, with its id and new row version. Runs in the caller's transaction.
template <typename Entity, typename Insert, typename Update>
Result<Entity> storeVersioned(Entity entity, Insert&& insert, Update&& update)
{
    if (entity.id == 0) {
        const auto id = insert(std::as_const(entity));
        if (!id)
            return id.error();
        entity.id = id.value();
        entity.rowVersion = 1;
    } else {
        const auto version = update(std::as_const(entity));
        if (!version)
            return version.error();
        entity.rowVersion = version.value();
    }
    return entity;
}

/// The same through a repository's insert() and update().
template <typename Entity, typename Repository>
Result<Entity> storeVersioned(Repository& repository, Entity entity)
{
    return storeVersioned(
        std::move(entity), [&repository](const Entity& e) { return repository.insert(e); },
        [&repository](const Entity& e) { return repository.update(e); });
}

} // namespace tavle
