// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/integritycheck.h"

#include "store/database.h"

#include <QCoreApplication>

namespace Folio::IntegrityCheck {

Result<QStringList> run(Database &db)
{
    QStringList problems;
    auto quick = db.query(QStringLiteral("PRAGMA quick_check"));
    if (!quick) {
        return std::unexpected(quick.error());
    }
    auto ok = quick->forEach([&](Statement &row) {
        if (row.text(0) != QLatin1String("ok")) {
            problems.append(QCoreApplication::translate("Folio::IntegrityCheck", "The database %1 is damaged: %2")
                                .arg(db.path(), row.text(0)));
        }
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    *quick = {};

    auto keys = db.query(QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys) {
        return std::unexpected(keys.error());
    }
    ok = keys->forEach([&](Statement &row) {
        problems.append(QCoreApplication::translate("Folio::IntegrityCheck",
                                                    "The database %1 has a %2 row (rowid %3) that refers to a missing %4 row.")
                            .arg(db.path(), row.text(0), row.text(1), row.text(2)));
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    *keys = {};

    auto refs = db.query(QStringLiteral(
        "SELECT b.sha256, b.refs, (SELECT count(*) FROM version v WHERE v.blob_id = b.id) + "
        "(SELECT count(*) FROM rendition r WHERE r.blob_id = b.id) AS uses FROM blob b WHERE b.refs <> uses"));
    if (!refs) {
        return std::unexpected(refs.error());
    }
    ok = refs->forEach([&](Statement &row) {
        problems.append(QCoreApplication::translate("Folio::IntegrityCheck",
                                                    "The blob %1 counts %2 references but %3 versions and renditions use it.")
                            .arg(row.text(0))
                            .arg(row.int64(1))
                            .arg(row.int64(2)));
    });
    if (!ok) {
        return std::unexpected(ok.error());
    }
    return problems;
}

} // namespace Folio::IntegrityCheck
