#pragma once
// How a status looks everywhere in the GUI (table badges, history, later the
// charts and legends): one palette chosen to stay distinguishable for
// colour-blind readers (Okabe-Ito) and in greyscale print (distinct
// lightness), always paired with the label so colour is never the only cue.
#include "status.h"

#include <QColor>
#include <QIcon>

namespace StatusPresentation {
QColor colour(Status status);
// A small swatch with a status-specific mark, for item views and menus.
QIcon icon(Status status);
}
