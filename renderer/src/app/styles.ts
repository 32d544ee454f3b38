// Every screen's styles, loaded with the first screen and in the order the page has always had
// them (features, then the theme and layout, which win ties): the screens' JavaScript loads when
// they open (React.lazy), but a stylesheet arriving later would change which rule wins.
import '../backups/backups.css'
import '../map/graph/map-view.css'
import '../brief/brief.css'
import '../map/map.css'
import '../search/search.css'
import '../packs/packs.css'
import '../practice/flow/flow.css'
import '../practice/history/history.css'
import '../practice/timer/format-editor.css'
import '../practice/timer/timer.css'
import '../practice/practice.css'
import '../sources/sources.css'
import '../verbatim/verbatim.css'
import './theme.css'
import './layout.css'
