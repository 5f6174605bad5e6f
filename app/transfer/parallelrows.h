#pragma once
// Work on every row of a large import spread over the machine's cores, a
// block of rows at a time. The work for a row may read anything shared but
// write only what belongs to that row. Progress is reported on the calling
// thread as a loop over the rows would: after every stride rows.
#include <functional>

namespace ParallelRows {
// Calls work(begin, end) for ranges covering [0, count), in parallel, and
// progress(done) for done = stride, 2 * stride, ... below count, each once
// the rows before it are done. False as soon as progress says stop.
bool run(int count, int stride, const std::function<void(int begin, int end)> &work,
         const std::function<bool(int done)> &progress);
}
