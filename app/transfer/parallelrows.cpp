#include "parallelrows.h"

#include "workthreads.h"

#include <QtConcurrent/QtConcurrentMap>

#include <utility>
#include <vector>

namespace ParallelRows {

bool run(int count, int stride, const std::function<void(int begin, int end)> &work,
         const std::function<bool(int done)> &progress)
{
    // Blocks large enough that waiting for the slower core at the end of one
    // costs little; pieces small enough that both cores stay busy till then.
    constexpr int blockSize = 8192;
    constexpr int pieceSize = 256;
    std::vector<std::pair<int, int>> pieces;
    int nextReport = stride;
    for (int block = 0; block < count; block += blockSize) {
        const int blockEnd = qMin(count, block + blockSize);
        pieces.clear();
        for (int begin = block; begin < blockEnd; begin += pieceSize)
            pieces.emplace_back(begin, qMin(blockEnd, begin + pieceSize));
        if (pieces.size() == 1)
            work(pieces.front().first, pieces.front().second);
        else
            QtConcurrent::blockingMap(WorkThreads::pool(), pieces, [&work](const std::pair<int, int> &piece) { work(piece.first, piece.second); });
        for (; progress && nextReport <= blockEnd && nextReport < count; nextReport += stride) {
            if (!progress(nextReport))
                return false;
        }
    }
    return true;
}

} // namespace ParallelRows
