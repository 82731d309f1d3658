// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/jobhandler.h"

#include "ingest/extractjob.h"
#include "ingest/ocrjob.h"
#include "ingest/unpackjob.h"

namespace Folio {

std::unique_ptr<JobHandler> JobHandler::create(const QString &kind, JobContext &context)
{
    struct Kind
    {
        const char *name;
        std::unique_ptr<JobHandler> (*make)(JobContext &);
    };
    static const Kind kinds[] = {
        { "extract", [](JobContext &c) -> std::unique_ptr<JobHandler> { return std::make_unique<ExtractJob>(c); } },
        { "unpack", [](JobContext &c) -> std::unique_ptr<JobHandler> { return std::make_unique<UnpackJob>(c); } },
        { "ocr", [](JobContext &c) -> std::unique_ptr<JobHandler> { return std::make_unique<OcrJob>(c); } },
    };
    for (const Kind &known : kinds) {
        if (kind == QLatin1String(known.name)) {
            return known.make(context);
        }
    }
    return nullptr;
}

} // namespace Folio
