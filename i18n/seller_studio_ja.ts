<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>CoHostsDock</name>
    <message>
        <source>Co-hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite co-host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a link for one co-host, valid for 30 minutes. They wait in the green room until you approve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invite link appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this link to your co-host. Beyond this network, share the studio through a tunnel (see the co-host guide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this link stop working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is invited yet. Invite a co-host with a link: they wait in the green room until you let them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting. Requests from your invite link appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo (host only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side (PK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture in picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the host and the co-hosts share the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join as co-host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your picture and sound to another host&apos;s show, using the invite link they sent you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the other host&apos;s show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On another host&apos;s show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join as co-host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as the host and viewers will see it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the host to let you in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in the green room for the host to let you in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are on the other host&apos;s show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to the other show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host declined your request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host took you off their show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You left the other show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a comment, or press Enter, to show it on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments from viewers appear here when you are live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll to the newest comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected comment in the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the comment off screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to everyone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply appears in every viewer&apos;s comments, marked as the host&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new comment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply, sent at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On screen — {name}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnhanceDock</name>
    <message>
        <source>Enhance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brighten dark rooms without washing out bright ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove yellow or blue casts so products show their true colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calm the grain cameras add in dim light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisper edges and product text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soften skin while keeping eyes, hair and products sharp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (adjusts to the room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picks low light, white balance, denoise and sharpen from the picture itself; skin smoothing stays as you set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bright room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the camera picture untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhancement costs {ms:.1f} ms per frame.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunTour</name>
    <message>
        <source>{index} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderEdit</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelBars</name>
    <message>
        <source>Connection quality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {rms:.0f} dBFS, peak {peak:.0f} dBFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{db:.0f} dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>{name}, last 2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pct:.1f} % lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round trip {ms:.0f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss {pct:.1f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jitter {ms:.0f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kbps:.0f} kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fps:.0f} fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen {ms:.0f} ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Seller Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the raw camera (left) with the enhanced picture (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show title-safe margins and the centre 9:16 crop phones see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recordings folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Live / End Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse / Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin product {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Seller Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going live was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your viewers will see the show end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the recording to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fps:.0f} fps · {ms:.1f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you are ready, start the show here. A 3-2-1 countdown gives you a moment; Ctrl+L does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise first: this records the program to a file without going live, so you can watch yourself back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your catalogue, or try the demo products, and pin a product to show its card on screen (Ctrl+1…9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller Studio {version}
A local-first studio for live-commerce hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending the show…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>No camera found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera {name} could not be opened: another app may be using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera {name} opened but gives no picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found: showing the demo scene. Plug one in and pick it under Sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Showing the demo scene instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone found: recording silence. Plug one in and pick it under Sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Recording silence instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video file {name} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video file {name} could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound capture is off: the PortAudio library is not installed (on Debian/Ubuntu: apt-get install libportaudio2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound capture is off: the sounddevice package is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound capture is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened: another app may be using it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Previous message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>What your viewers see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsDock</name>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load products from a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the products whose name or id contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a product, or press Enter, to show its card on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with demo products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load seven sample products and pin the first one on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected product&apos;s card on screen (Ctrl+1…9 pins the first nine products shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the product card off screen (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corner of the picture where the product card sits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the flash sale lasts ({low}–{high} seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash sale length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a flash-sale countdown on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash sale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a product catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Id: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture: the card shows a placeholder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(hover for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalogue yet. Import a CSV or JSON file with id, title, price and currency columns (image, url, stock and original_price are optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalogue has no usable products. Fix the rows listed below and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityDock</name>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection meters for your upload, each co-host and your viewers appear here when you go live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphs, last 2 minutes: round trip (blue, solid line), loss (red, dashed), bitrate (green, dotted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the adaptive encoder sends to the WHIP server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fps:.1f} fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ms:.1f} ms per frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kbps} kbit/s at {height}p</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityLevel</name>
    <message>
        <source>measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices and dates in the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locale for prices and dates drawn into the picture, e.g. en_US, zh_CN, id_ID, pt_BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where rehearsals are saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording speed preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x264 preset for rehearsal recordings: faster presets use less processor, bigger files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording quality (CRF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x264 constant rate factor: lower is better quality and bigger files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapt the upload to the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let the live encode follow the uplink (bitrate, then 1080p, 720p, 540p, 360p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the studio&apos;s own server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port of the embedded server (viewer page, WHIP/WHEP); 0 lets the system choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window&apos;s language; empty follows the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-run tour seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show safe areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title-safe margins and the 9:16 crop over the preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings are saved in {settings}; logs are kept in {logs}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Their microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence this co-host in the program (they stay on screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this co-host off the show; their link stops working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}. {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting… (slot held for 30 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: no picture yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: {quality} · {fps:.0f} fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) received</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture: a camera, the demo scene or a video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone gain in dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipping: lower the microphone gain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mic gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera {spec}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm *.avi);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gain:+d} dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Show controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHIP server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTMP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the show from this computer: viewers open the watch page in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to any WHIP server (OBS-compatible services, LiveKit, Cloudflare, MediaMTX…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTMP output is not available yet; it arrives in a coming version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Go Live sends your show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the upload to the chosen target (about 10 s) and get a recommended quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the show (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your show&apos;s connection is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People watching now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the program to a file without going live (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel ({seconds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the show (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONNECTING…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECONNECTING… {seconds:.0f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECONNECTING…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE {elapsed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● REC {elapsed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingRow</name>
    <message>
        <source>No picture yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {name} on stage in the next free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the request down; they are told so</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhipTargetDialog</name>
    <message>
        <source>Publish to a WHIP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token or stream key (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
