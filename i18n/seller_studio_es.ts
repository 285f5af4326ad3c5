<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CallsDock</name>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Call links</source>
        <translation>Enlaces de llamada</translation>
    </message>
    <message>
        <source>Buyer&apos;s name (optional)</source>
        <translation>Nombre del comprador (opcional)</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>Nombre del comprador</translation>
    </message>
    <message>
        <source>Order number (optional)</source>
        <translation>Número de pedido (opcional)</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Calls allowed</source>
        <translation>Llamadas permitidas</translation>
    </message>
    <message>
        <source>1: the link works for one call; more: a standing link</source>
        <translation>1: el enlace sirve para una llamada; más: un enlace permanente</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 días</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Válido durante</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>Crear enlace</translation>
    </message>
    <message>
        <source>Make a link a buyer opens on their phone to call you</source>
        <translation>Crea un enlace que el comprador abre en su teléfono para llamarte</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected link to the clipboard</source>
        <translation>Copiar el enlace seleccionado al portapapeles</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Make the selected link stop working</source>
        <translation>Hace que el enlace seleccionado deje de funcionar</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Pedido:</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Llamadas:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Válido:</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>Llamadas entrantes</translation>
    </message>
    <message>
        <source>Nobody is calling. Buyers ring you from a call link.</source>
        <translation>Nadie está llamando. Los compradores te llaman desde un enlace de llamada.</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>Your call picture</source>
        <translation>Tu imagen de la llamada</translation>
    </message>
    <message>
        <source>What the buyer sees</source>
        <translation>Lo que ve el comprador</translation>
    </message>
    <message>
        <source>No camera: audio only</source>
        <translation>Sin cámara: solo audio</translation>
    </message>
    <message>
        <source>The buyer&apos;s camera</source>
        <translation>La cámara del comprador</translation>
    </message>
    <message>
        <source>They hear my microphone</source>
        <translation>Oyen mi micrófono</translation>
    </message>
    <message>
        <source>They hear my co-hosts</source>
        <translation>Oyen a mis copresentadores</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Cámara apagada</translation>
    </message>
    <message>
        <source>Main camera</source>
        <translation>Cámara principal</translation>
    </message>
    <message>
        <source>Second source…</source>
        <translation>Segunda fuente…</translation>
    </message>
    <message>
        <source>Call picture</source>
        <translation>Imagen de la llamada</translation>
    </message>
    <message>
        <source>Switch to a second camera or a video file for close-ups</source>
        <translation>Cambia a una segunda cámara o a un archivo de vídeo para primeros planos</translation>
    </message>
    <message>
        <source>Product card in the call</source>
        <translation>Tarjeta de producto en la llamada</translation>
    </message>
    <message>
        <source>Show a product card on the call&apos;s picture (never on the show)</source>
        <translation>Muestra una tarjeta de producto en la imagen de la llamada (nunca en el directo)</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Grabar…</translation>
    </message>
    <message>
        <source>Ask the buyer to agree to a recording; it starts when they do</source>
        <translation>Pide al comprador que acepte la grabación; empieza cuando acepte</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Imagen:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Producto:</translation>
    </message>
    <message>
        <source>Messages from buyers</source>
        <translation>Mensajes de compradores</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <source>Anyone with the link</source>
        <translation>Cualquiera con el enlace</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>used</source>
        <translation>usado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) left</source>
        <translation>
            <numerusform>queda %n llamada</numerusform>
            <numerusform>quedan %n llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>queda %n min</numerusform>
            <numerusform>quedan %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Second source for close-ups</source>
        <translation>Segunda fuente para primeros planos</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm);;All files (*)</source>
        <translation>Vídeos (*.mp4 *.mkv *.mov *.webm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>Con {name}</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>silenciado</translation>
    </message>
    <message>
        <source>camera off</source>
        <translation>cámara apagada</translation>
    </message>
    <message>
        <source>The buyer: {state}</source>
        <translation>El comprador: {state}</translation>
    </message>
    <message>
        <source>No product card</source>
        <translation>Sin tarjeta de producto</translation>
    </message>
    <message>
        <source>Waiting for the buyer to agree to the recording…</source>
        <translation>Esperando a que el comprador acepte la grabación…</translation>
    </message>
    <message>
        <source>The buyer agreed; starting the recording…</source>
        <translation>El comprador aceptó; empezando la grabación…</translation>
    </message>
    <message>
        <source>The buyer did not agree to a recording.</source>
        <translation>El comprador no aceptó la grabación.</translation>
    </message>
    <message>
        <source>● Recording (the buyer agreed and sees REC)</source>
        <translation>● Grabando (el comprador aceptó y ve REC)</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Detener grabación</translation>
    </message>
</context>
<context>
    <name>CoHostsDock</name>
    <message>
        <source>Co-hosts</source>
        <translation>Coanfitriones</translation>
    </message>
    <message>
        <source>Invite co-host</source>
        <translation>Invitar coanfitrión</translation>
    </message>
    <message>
        <source>Make a link for one co-host, valid for 30 minutes. They wait in the green room until you approve them.</source>
        <translation>Crea un enlace para un coanfitrión, válido por 30 minutos. Espera en la sala de espera hasta que lo apruebes.</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>Enlace de invitación</translation>
    </message>
    <message>
        <source>The invite link appears here</source>
        <translation>Aquí aparece el enlace de invitación</translation>
    </message>
    <message>
        <source>Send this link to your co-host. Beyond this network, share the studio through a tunnel (see the co-host guide).</source>
        <translation>Envía este enlace a tu coanfitrión. Fuera de esta red, comparte el estudio mediante un túnel (consulta la guía de coanfitriones).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>Copiar el enlace al portapapeles</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Make this link stop working</source>
        <translation>Hacer que este enlace deje de funcionar</translation>
    </message>
    <message>
        <source>Deck link</source>
        <translation>Enlace del panel</translation>
    </message>
    <message>
        <source>Make a link for your assistant&apos;s phone or computer: from it they pin products, run flash sales, fix stock and answer comments while you talk.</source>
        <translation>Crea un enlace para el móvil o el ordenador de tu asistente: desde él fija productos, lanza ofertas relámpago, corrige el stock y responde comentarios mientras tú hablas.</translation>
    </message>
    <message>
        <source>Assistant deck link</source>
        <translation>Enlace del panel del asistente</translation>
    </message>
    <message>
        <source>The assistant deck link appears here</source>
        <translation>El enlace del panel del asistente aparece aquí</translation>
    </message>
    <message>
        <source>Anyone with this link can run the show&apos;s products: send it only to your assistant.</source>
        <translation>Quien tenga este enlace puede manejar los productos del directo: envíalo solo a tu asistente.</translation>
    </message>
    <message>
        <source>Make the deck link stop working; open decks close at once</source>
        <translation>Deja de aceptar el enlace del panel; los paneles abiertos se cierran al momento</translation>
    </message>
    <message>
        <source>Nobody is invited yet. Invite a co-host with a link: they wait in the green room until you let them in.</source>
        <translation>Aún no has invitado a nadie. Invita a un coanfitrión con un enlace: esperará en la sala de espera hasta que lo dejes entrar.</translation>
    </message>
    <message>
        <source>Green room</source>
        <translation>Sala de espera</translation>
    </message>
    <message>
        <source>Nobody is waiting. Requests from your invite link appear here.</source>
        <translation>Nadie está esperando. Aquí aparecen las solicitudes de tu enlace de invitación.</translation>
    </message>
    <message>
        <source>On stage</source>
        <translation>En escena</translation>
    </message>
    <message>
        <source>Solo (host only)</source>
        <translation>Solo (solo el anfitrión)</translation>
    </message>
    <message>
        <source>Side by side (PK)</source>
        <translation>Lado a lado (PK)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <source>Picture in picture</source>
        <translation>Imagen en imagen</translation>
    </message>
    <message>
        <source>How the host and the co-hosts share the picture</source>
        <translation>Cómo comparten la imagen el anfitrión y los coanfitriones</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Join as co-host…</source>
        <translation>Unirse como coanfitrión…</translation>
    </message>
    <message>
        <source>Send your picture and sound to another host&apos;s show, using the invite link they sent you</source>
        <translation>Envía tu imagen y tu sonido a la transmisión de otro anfitrión con el enlace de invitación que te mandó</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Leave the other host&apos;s show</source>
        <translation>Salir de la transmisión del otro anfitrión</translation>
    </message>
    <message>
        <source>Assistant deck</source>
        <translation>Panel del asistente</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Diseño:</translation>
    </message>
    <message>
        <source>On another host&apos;s show</source>
        <translation>En la transmisión de otro anfitrión</translation>
    </message>
    <message>
        <source>New invite</source>
        <translation>Nueva invitación</translation>
    </message>
    <message>
        <source>Join as co-host</source>
        <translation>Unirse como coanfitrión</translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you:</source>
        <translation>Pega el enlace de invitación que te envió el anfitrión:</translation>
    </message>
    <message>
        <source>Your name, as the host and viewers will see it:</source>
        <translation>Tu nombre, tal como lo verán el anfitrión y los espectadores:</translation>
    </message>
    <message>
        <source>Asking the host to let you in…</source>
        <translation>Pidiendo al anfitrión que te deje entrar…</translation>
    </message>
    <message>
        <source>Waiting in the green room for the host to let you in…</source>
        <translation>Esperando en la sala de espera a que el anfitrión te deje entrar…</translation>
    </message>
    <message>
        <source>You are on the other host&apos;s show.</source>
        <translation>Estás en la transmisión del otro anfitrión.</translation>
    </message>
    <message>
        <source>Reconnecting to the other show…</source>
        <translation>Reconectando con la otra transmisión…</translation>
    </message>
    <message>
        <source>The host declined your request.</source>
        <translation>El anfitrión rechazó tu solicitud.</translation>
    </message>
    <message>
        <source>The host took you off their show.</source>
        <translation>El anfitrión te sacó de su transmisión.</translation>
    </message>
    <message>
        <source>You left the other show.</source>
        <translation>Saliste de la otra transmisión.</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Choose the catalogue&apos;s columns</source>
        <translation>Elige las columnas del catálogo</translation>
    </message>
    <message>
        <source>Product id (SKU)</source>
        <translation>Id. del producto (SKU)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nombre del producto</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Price before discount</source>
        <translation>Precio antes del descuento</translation>
    </message>
    <message>
        <source>Currency column</source>
        <translation>Columna de moneda</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Product link</source>
        <translation>Enlace del producto</translation>
    </message>
    <message>
        <source>Variation (size, colour)</source>
        <translation>Variante (talla, color)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Fila de encabezado</translation>
    </message>
    <message>
        <source>The row that names the columns; rows above it are ignored</source>
        <translation>La fila que nombra las columnas; las filas de encima se ignoran</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, header on line {line}</source>
        <translation>hoja “{sheet}”, encabezado en la línea {line}</translation>
    </message>
    <message>
        <source>header on line {line}</source>
        <translation>encabezado en la línea {line}</translation>
    </message>
    <message>
        <source>Say which column of {file} ({where}) holds each detail. Seller Studio remembers your choice and reads files with the same columns without asking again.</source>
        <translation>Indica qué columna de {file} ({where}) contiene cada dato. Seller Studio recuerda tu elección y lee los archivos con las mismas columnas sin volver a preguntar.</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— no está en este archivo —</translation>
    </message>
    <message>
        <source>Currency of the prices</source>
        <translation>Moneda de los precios</translation>
    </message>
    <message>
        <source>The currency of rows whose currency column is empty, or of every row when the file has no currency column (ISO 4217 code)</source>
        <translation>La moneda de las filas cuya columna de moneda está vacía, o de todas las filas si el archivo no tiene columna de moneda (código ISO 4217)</translation>
    </message>
    <message>
        <source>Prices are in</source>
        <translation>Precios en</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Primeras filas:</translation>
    </message>
    <message>
        <source>Choose the columns for: {fields}.</source>
        <translation>Elige las columnas de: {fields}.</translation>
    </message>
    <message>
        <source>Choose the currency the prices are in (an ISO 4217 code such as USD or MYR).</source>
        <translation>Elige la moneda de los precios (un código ISO 4217 como USD o MYR).</translation>
    </message>
</context>
<context>
    <name>CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Comments from viewers appear here when you are live.</source>
        <translation>Los comentarios de los espectadores aparecen aquí cuando estás en vivo.</translation>
    </message>
    <message>
        <source>Scroll to the newest comment</source>
        <translation>Ir al comentario más reciente</translation>
    </message>
    <message>
        <source>Pin on screen</source>
        <translation>Mostrar en pantalla</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Apartados</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Filtrados</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijados</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetido</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Avalancha</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <source>Blocked word</source>
        <translation>Palabra bloqueada</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>What moderation hid from viewers: spam, floods, blocked words, muted viewers</source>
        <translation>Lo que la moderación ocultó a los espectadores: spam, avalanchas, palabras bloqueadas, espectadores silenciados</translation>
    </message>
    <message>
        <source>↑/↓ choose a comment · Enter sends its draft · P pins it on screen</source>
        <translation>↑/↓ elige un comentario · Enter envía su borrador · P lo muestra en pantalla</translation>
    </message>
    <message>
        <source>Send draft</source>
        <translation>Enviar borrador</translation>
    </message>
    <message>
        <source>Send the drafted answer to every viewer (Enter)</source>
        <translation>Envía la respuesta redactada a todos los espectadores (Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Put the draft in the reply box to change it first</source>
        <translation>Pon el borrador en el cuadro de respuesta para cambiarlo antes</translation>
    </message>
    <message>
        <source>Show the selected comment in the picture (P)</source>
        <translation>Muestra el comentario seleccionado en la imagen (P)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Take the comment off screen</source>
        <translation>Quitar el comentario de la pantalla</translation>
    </message>
    <message>
        <source>Pin product</source>
        <translation>Fijar producto</translation>
    </message>
    <message>
        <source>Pin the product this comment names</source>
        <translation>Fija el producto que menciona este comentario</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Confirm the selected claim as an order</source>
        <translation>Confirma el apartado seleccionado como pedido</translation>
    </message>
    <message>
        <source>Cancel claim</source>
        <translation>Cancelar apartado</translation>
    </message>
    <message>
        <source>Cancel the claim; its units go back to stock and the waitlist moves up</source>
        <translation>Cancela el apartado; sus unidades vuelven al stock y la lista de espera avanza</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Espectador</translation>
    </message>
    <message>
        <source>Mute or block the selected comment&apos;s writer</source>
        <translation>Silencia o bloquea a quien escribió el comentario seleccionado</translation>
    </message>
    <message>
        <source>Mute for 10 minutes</source>
        <translation>Silenciar 10 minutos</translation>
    </message>
    <message>
        <source>Block for this show</source>
        <translation>Bloquear durante esta transmisión</translation>
    </message>
    <message>
        <source>Auto-send</source>
        <translation>Envío automático</translation>
    </message>
    <message>
        <source>Send drafted answers by themselves, per kind of question</source>
        <translation>Envía solas las respuestas redactadas, según el tipo de pregunta</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Size and colour</source>
        <translation>Talla y color</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Claim replies</source>
        <translation>Respuestas a apartados</translation>
    </message>
    <message>
        <source>Reply to everyone…</source>
        <translation>Responder a todos…</translation>
    </message>
    <message>
        <source>Reply to everyone</source>
        <translation>Responder a todos</translation>
    </message>
    <message>
        <source>Your reply appears in every viewer&apos;s comments, marked as the host&apos;s</source>
        <translation>Tu respuesta aparece en los comentarios de cada espectador, marcada como del anfitrión</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the reply (Enter)</source>
        <translation>Enviar la respuesta (Intro)</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new comment(s)</source>
        <translation>
            <numerusform>↓ %n comentario nuevo</numerusform>
            <numerusform>↓ %n comentarios nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply, sent at {time}</source>
        <translation>Tu respuesta, enviada a las {time}</translation>
    </message>
    <message>
        <source>Hidden from viewers ({reason}); {name} still sees it</source>
        <translation>Oculto a los espectadores ({reason}); {name} lo sigue viendo</translation>
    </message>
    <message>
        <source>{name} at {time}</source>
        <translation>{name} a las {time}</translation>
    </message>
    <message>
        <source>On screen — {name}: {text}</source>
        <translation>En pantalla — {name}: {text}</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>En pantalla</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondido</translation>
    </message>
</context>
<context>
    <name>DestinationEditor</name>
    <message>
        <source>Edit destination</source>
        <translation>Editar destino</translation>
    </message>
    <message>
        <source>Add a destination</source>
        <translation>Añadir un destino</translation>
    </message>
    <message>
        <source>e.g. TikTok shop</source>
        <translation>p. ej. Tienda de TikTok</translation>
    </message>
    <message>
        <source>The show&apos;s format</source>
        <translation>El formato de la transmisión</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>Horizontal 16:9</translation>
    </message>
    <message>
        <source>Portrait 9:16 (phones)</source>
        <translation>Vertical 9:16 (móviles)</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation>Sin cambios (guardada en el llavero)</translation>
    </message>
    <message>
        <source>Paste the stream key</source>
        <translation>Pega la clave de transmisión</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Clave de transmisión</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Give the destination a name, e.g. “TikTok shop”.</source>
        <translation>Ponle un nombre al destino, p. ej. «Tienda de TikTok».</translation>
    </message>
    <message>
        <source>The server URL starts with rtmp:// or rtmps:// — copy it from the platform&apos;s streaming settings.</source>
        <translation>La URL del servidor empieza por rtmp:// o rtmps://; cópiala de los ajustes de transmisión de la plataforma.</translation>
    </message>
    <message>
        <source>Paste the stream key from the platform.</source>
        <translation>Pega la clave de transmisión de la plataforma.</translation>
    </message>
    <message>
        <source>The stream key has spaces in it; copy it again from the platform.</source>
        <translation>La clave de transmisión tiene espacios; vuelve a copiarla de la plataforma.</translation>
    </message>
</context>
<context>
    <name>DestinationsDialog</name>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source> · {kbps} kbit/s · {m}:{s:02d}</source>
        <translation> · {kbps} kbit/s · {m}:{s:02d}</translation>
    </message>
    <message>
        <source> · {n} dropped</source>
        <translation> · {n} perdidos</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Go Live also sends the show to every destination that is switched on. Stream keys are kept in the system keychain and never shown.</source>
        <translation>«Salir en vivo» también envía la transmisión a cada destino activado. Las claves de transmisión se guardan en el llavero del sistema y nunca se muestran.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Send to {name}</source>
        <translation>Enviar a {name}</translation>
    </message>
</context>
<context>
    <name>EnhanceDock</name>
    <message>
        <source>Enhance</source>
        <translation>Mejorar</translation>
    </message>
    <message>
        <source>Low light</source>
        <translation>Poca luz</translation>
    </message>
    <message>
        <source>White balance</source>
        <translation>Balance de blancos</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>Reducir ruido</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Nitidez</translation>
    </message>
    <message>
        <source>Skin smoothing</source>
        <translation>Suavizado de piel</translation>
    </message>
    <message>
        <source>Brighten dark rooms without washing out bright ones</source>
        <translation>Ilumina las habitaciones oscuras sin quemar las claras</translation>
    </message>
    <message>
        <source>Remove yellow or blue casts so products show their true colour</source>
        <translation>Quita los tonos amarillos o azules para que los productos muestren su color real</translation>
    </message>
    <message>
        <source>Calm the grain cameras add in dim light</source>
        <translation>Reduce el grano que añaden las cámaras con poca luz</translation>
    </message>
    <message>
        <source>Crisper edges and product text</source>
        <translation>Bordes y textos del producto más nítidos</translation>
    </message>
    <message>
        <source>Soften skin while keeping eyes, hair and products sharp</source>
        <translation>Suaviza la piel sin perder nitidez en ojos, pelo y productos</translation>
    </message>
    <message>
        <source>Automatic (adjusts to the room)</source>
        <translation>Automático (se adapta a la habitación)</translation>
    </message>
    <message>
        <source>Picks low light, white balance, denoise and sharpen from the picture itself; skin smoothing stays as you set it.</source>
        <translation>Elige poca luz, balance de blancos, reducción de ruido y nitidez a partir de la propia imagen; el suavizado de piel queda como lo ajustes.</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Natural</translation>
    </message>
    <message>
        <source>Bright room</source>
        <translation>Habitación luminosa</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>Belleza</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Show the camera picture untouched</source>
        <translation>Mostrar la imagen de la cámara sin retoques</translation>
    </message>
    <message>
        <source>auto {value}</source>
        <translation>auto {value}</translation>
    </message>
    <message>
        <source>Enhancement costs {ms:.1f} ms per frame.</source>
        <translation>La mejora cuesta {ms:.1f} ms por fotograma.</translation>
    </message>
</context>
<context>
    <name>FirstRunTour</name>
    <message>
        <source>{index} of {count}</source>
        <translation>{index} de {count}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>Saltar recorrido</translation>
    </message>
</context>
<context>
    <name>FolderEdit</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
</context>
<context>
    <name>LevelBars</name>
    <message>
        <source>Connection quality</source>
        <translation>Calidad de la conexión</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <source>Level {rms:.0f} dBFS, peak {peak:.0f} dBFS</source>
        <translation>Nivel {rms:.0f} dBFS, pico {peak:.0f} dBFS</translation>
    </message>
    <message>
        <source>{db:.0f} dB</source>
        <translation>{db:.0f} dB</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>SATURA</translation>
    </message>
</context>
<context>
    <name>LinkRow</name>
    <message>
        <source>{name}, last 2 minutes</source>
        <translation>{name}, últimos 2 minutos</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{pct:.1f} % lost</source>
        <translation>{pct:.1f} % perdido</translation>
    </message>
    <message>
        <source>{name}: {level}</source>
        <translation>{name}: {level}</translation>
    </message>
    <message>
        <source>round trip {ms:.0f} ms</source>
        <translation>ida y vuelta {ms:.0f} ms</translation>
    </message>
    <message>
        <source>loss {pct:.1f} %</source>
        <translation>pérdida {pct:.1f} %</translation>
    </message>
    <message>
        <source>jitter {ms:.0f} ms</source>
        <translation>fluctuación {ms:.0f} ms</translation>
    </message>
    <message>
        <source>{kbps:.0f} kbit/s</source>
        <translation>{kbps:.0f} kbit/s</translation>
    </message>
    <message>
        <source>{fps:.0f} fps</source>
        <translation>{fps:.0f} fps</translation>
    </message>
    <message>
        <source>frozen {ms:.0f} ms</source>
        <translation>congelado {ms:.0f} ms</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Seller Studio</source>
        <translation>Seller Studio</translation>
    </message>
    <message>
        <source>Safe zones</source>
        <translation>Zonas seguras</translation>
    </message>
    <message>
        <source>Portrait shows: keep overlays clear of this app&apos;s buttons and comments</source>
        <translation>Transmisiones verticales: mantén las superposiciones lejos de los botones y comentarios de esta app</translation>
    </message>
    <message>
        <source>Any shopping app</source>
        <translation>Cualquier app de compras</translation>
    </message>
    <message>
        <source>TikTok LIVE</source>
        <translation>TikTok LIVE</translation>
    </message>
    <message>
        <source>Shopee Live</source>
        <translation>Shopee Live</translation>
    </message>
    <message>
        <source>Lazada LazLive</source>
        <translation>Lazada LazLive</translation>
    </message>
    <message>
        <source>Facebook / Instagram</source>
        <translation>Facebook / Instagram</translation>
    </message>
    <message>
        <source>No phone zones</source>
        <translation>Sin zonas del móvil</translation>
    </message>
    <message>
        <source>Show the other shape</source>
        <translation>Mostrar el otro formato</translation>
    </message>
    <message>
        <source>Preview the second picture (16:9 or 9:16) of a dual show</source>
        <translation>Previsualiza la segunda imagen (16:9 o 9:16) de una transmisión doble</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>Antes / después</translation>
    </message>
    <message>
        <source>Compare the raw camera (left) with the enhanced picture (right)</source>
        <translation>Compara la cámara sin procesar (izquierda) con la imagen mejorada (derecha)</translation>
    </message>
    <message>
        <source>Safe areas</source>
        <translation>Zonas seguras</translation>
    </message>
    <message>
        <source>Show title-safe margins and the centre 9:16 crop phones see</source>
        <translation>Muestra los márgenes seguros para títulos y el recorte central 9:16 que ven los teléfonos</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>Volvemos enseguida</translation>
    </message>
    <message>
        <source>The show goes on in a moment</source>
        <translation>El directo sigue en un momento</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>Abriendo la cámara…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>Importar catálogo…</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>Abrir guion…</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>Guardar guion</translation>
    </message>
    <message>
        <source>Open recordings folder</source>
        <translation>Abrir la carpeta de grabaciones</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Transmisión</translation>
    </message>
    <message>
        <source>Go Live / End Live</source>
        <translation>Salir en vivo / Terminar en vivo</translation>
    </message>
    <message>
        <source>Rehearse / Stop recording</source>
        <translation>Ensayar / Detener grabación</translation>
    </message>
    <message>
        <source>Practice audience</source>
        <translation>Público de práctica</translation>
    </message>
    <message>
        <source>Simulated viewers comment in five languages while you rehearse</source>
        <translation>Espectadores simulados comentan en cinco idiomas mientras ensayas</translation>
    </message>
    <message>
        <source>Pin product {n}</source>
        <translation>Mostrar producto {n}</translation>
    </message>
    <message>
        <source>Unpin product</source>
        <translation>Quitar producto</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>Producto siguiente</translation>
    </message>
    <message>
        <source>Previous product</source>
        <translation>Producto anterior</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Restablecer diseño</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Show the tour</source>
        <translation>Mostrar el recorrido</translation>
    </message>
    <message>
        <source>About Seller Studio</source>
        <translation>Acerca de Seller Studio</translation>
    </message>
    <message>
        <source>Going live was cancelled.</source>
        <translation>Se canceló la salida en vivo.</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>¿Terminar la transmisión?</translation>
    </message>
    <message>
        <source>Your viewers will see the show end.</source>
        <translation>Tus espectadores verán que la transmisión termina.</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>Terminar en vivo</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Saved the recording to {path}.</source>
        <translation>Grabación guardada en {path}.</translation>
    </message>
    <message>
        <source>Picture: {label}</source>
        <translation>Imagen: {label}</translation>
    </message>
    <message>
        <source>Sound: {label}</source>
        <translation>Sonido: {label}</translation>
    </message>
    <message>
        <source>{fps:.0f} fps · {ms:.1f} ms</source>
        <translation>{fps:.0f} fps · {ms:.1f} ms</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Salir en vivo</translation>
    </message>
    <message>
        <source>When you are ready, start the show here. A 3-2-1 countdown gives you a moment; Ctrl+L does the same.</source>
        <translation>Cuando estés listo, empieza la transmisión aquí. Una cuenta regresiva 3-2-1 te da un momento; Ctrl+L hace lo mismo.</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Ensayar</translation>
    </message>
    <message>
        <source>Practise first: this records the program to a file without going live, so you can watch yourself back.</source>
        <translation>Practica primero: graba el programa en un archivo sin salir en vivo, para que puedas verte después.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Import your catalogue, or try the demo products, and pin a product to show its card on screen (Ctrl+1…9).</source>
        <translation>Importa tu catálogo, o prueba los productos de demostración, y muestra un producto para ver su tarjeta en pantalla (Ctrl+1…9).</translation>
    </message>
    <message>
        <source>Seller Studio {version}
A local-first studio for live-commerce hosts.</source>
        <translation>Seller Studio {version}
Un estudio local para anfitriones de ventas en vivo.</translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation>Terminando la grabación…</translation>
    </message>
    <message>
        <source>Ending the show…</source>
        <translation>Terminando la transmisión…</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>No camera found.</source>
        <translation>No se encontró ninguna cámara.</translation>
    </message>
    <message>
        <source>Camera {name} could not be opened: another app may be using it.</source>
        <translation>No se pudo abrir la cámara {name}: puede que otra aplicación la esté usando.</translation>
    </message>
    <message>
        <source>Camera {name} opened but gives no picture.</source>
        <translation>La cámara {name} se abrió pero no da imagen.</translation>
    </message>
    <message>
        <source>No camera found: showing the demo scene. Plug one in and pick it under Sources.</source>
        <translation>No se encontró ninguna cámara: se muestra la escena de demostración. Conecta una y elígela en Fuentes.</translation>
    </message>
    <message>
        <source>{reason} Showing the demo scene instead.</source>
        <translation>{reason} Se muestra la escena de demostración en su lugar.</translation>
    </message>
    <message>
        <source>No microphone found: recording silence. Plug one in and pick it under Sources.</source>
        <translation>No se encontró ningún micrófono: se graba silencio. Conecta uno y elígelo en Fuentes.</translation>
    </message>
    <message>
        <source>{reason} Recording silence instead.</source>
        <translation>{reason} Se graba silencio en su lugar.</translation>
    </message>
    <message>
        <source>The video file {name} does not exist.</source>
        <translation>El archivo de video {name} no existe.</translation>
    </message>
    <message>
        <source>The video file {name} could not be decoded.</source>
        <translation>No se pudo decodificar el archivo de video {name}.</translation>
    </message>
    <message>
        <source>The video file {name} has ended.</source>
        <translation>El archivo de vídeo {name} ha terminado.</translation>
    </message>
    <message>
        <source>Sound capture is off: the PortAudio library is not installed (on Debian/Ubuntu: apt-get install libportaudio2).</source>
        <translation>La captura de sonido está desactivada: falta la biblioteca PortAudio (en Debian/Ubuntu: apt-get install libportaudio2).</translation>
    </message>
    <message>
        <source>Sound capture is off: the sounddevice package is not installed.</source>
        <translation>La captura de sonido está desactivada: falta el paquete sounddevice.</translation>
    </message>
    <message>
        <source>Sound capture is off.</source>
        <translation>La captura de sonido está desactivada.</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>No se encontró ningún micrófono.</translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened: another app may be using it.</source>
        <translation>No se pudo abrir el micrófono «{name}»: puede que otra aplicación lo esté usando.</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped: viewers hear silence until it is back.</source>
        <translation>El micrófono «{name}» se ha detenido: los espectadores oyen silencio hasta que vuelva.</translation>
    </message>
    <message>
        <source>The microphone “{name}” is back.</source>
        <translation>El micrófono «{name}» ha vuelto.</translation>
    </message>
    <message>
        <source>{name} stopped delivering pictures.</source>
        <translation>{name} ha dejado de enviar imagen.</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Silencio</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>Escena de demostración</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>Tono de demostración</translation>
    </message>
    <message>
        <source>{title} is sold out; set its stock before starting a sale.</source>
        <translation>{title} está agotado; indica sus existencias antes de empezar una oferta relámpago.</translation>
    </message>
    <message>
        <source>The show names products the catalogue does not have: {ids}. Next and previous skip them.</source>
        <translation>El guion incluye productos que el catálogo no tiene: {ids}. Siguiente y anterior los saltan.</translation>
    </message>
    <message>
        <source>Pin a product, or choose one, to start a flash sale.</source>
        <translation>Fija o elige un producto para empezar una oferta relámpago.</translation>
    </message>
    <message>
        <source>There is no product {id} in the catalogue.</source>
        <translation>No hay ningún producto {id} en el catálogo.</translation>
    </message>
    <message>
        <source>Give {title} a sale price first.</source>
        <translation>Primero pon un precio de oferta a {title}.</translation>
    </message>
    <message>
        <source>The sale price {price} is not a number.</source>
        <translation>El precio de oferta {price} no es un número.</translation>
    </message>
    <message>
        <source>The sale price of {title} must be below its price now ({price}).</source>
        <translation>El precio de oferta de {title} debe ser menor que su precio actual ({price}).</translation>
    </message>
    <message>
        <source>The flash sale on {title} sold out.</source>
        <translation>La oferta relámpago de {title} se agotó.</translation>
    </message>
    <message>
        <source>The flash sale on {title} ended.</source>
        <translation>La oferta relámpago de {title} terminó.</translation>
    </message>
    <message>
        <source>The recordings folder {folder} cannot be written: choose another one in Settings.</source>
        <translation>No se puede escribir en la carpeta de grabaciones {folder}: elige otra en Ajustes.</translation>
    </message>
    <message>
        <source>The disk is full ({free} MB free): free some space or choose another recordings folder in Settings.</source>
        <translation>El disco está lleno (quedan {free} MB): libera espacio o elige otra carpeta de grabaciones en Ajustes.</translation>
    </message>
    <message>
        <source>The recording {name} cannot be written: choose another recordings folder in Settings.</source>
        <translation>No se puede escribir la grabación {name}: elige otra carpeta de grabaciones en Ajustes.</translation>
    </message>
    <message>
        <source>The recording stopped: the file could not be written any more. What was recorded until now is saved in {name}.</source>
        <translation>La grabación se ha detenido: el archivo ya no se puede escribir. Lo grabado hasta ahora está guardado en {name}.</translation>
    </message>
    <message>
        <source>The disk is almost full, so the recording stopped; the show goes on. What was recorded until now is saved in {name}: free some space to record again.</source>
        <translation>El disco está casi lleno, así que la grabación se ha detenido; el directo continúa. Lo grabado hasta ahora está guardado en {name}: libera espacio para volver a grabar.</translation>
    </message>
    <message>
        <source>{reason} Viewers see “Be right back” until the picture is back, or pick another under Sources.</source>
        <translation>{reason} Los espectadores ven «Volvemos enseguida» hasta que vuelva la imagen, o elige otra en Fuentes.</translation>
    </message>
    <message>
        <source>{name} is back on the picture.</source>
        <translation>{name} vuelve a estar en la imagen.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Previous message</source>
        <translation>Mensaje anterior</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation>{index} de {count}</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>What your viewers see</source>
        <translation>Lo que ven tus espectadores</translation>
    </message>
    <message>
        <source>Program preview</source>
        <translation>Vista previa del programa</translation>
    </message>
    <message>
        <source>Starting the picture…</source>
        <translation>Iniciando la imagen…</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>ProductsDock</name>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>Importar catálogo…</translation>
    </message>
    <message>
        <source>Load products from a CSV, Excel (.xlsx) or JSON file, or a TikTok Shop, Shopee or Lazada export</source>
        <translation>Carga productos desde un archivo CSV, Excel (.xlsx) o JSON, o una exportación de TikTok Shop, Shopee o Lazada</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>Buscar por nombre o id</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>Show only the products whose name or id contains this text</source>
        <translation>Mostrar solo los productos cuyo nombre o id contiene este texto</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>En pantalla</translation>
    </message>
    <message>
        <source>Double-click a product, or press Enter, to show its card on screen</source>
        <translation>Haz doble clic en un producto, o pulsa Intro, para mostrar su tarjeta en pantalla</translation>
    </message>
    <message>
        <source>Try with demo products</source>
        <translation>Probar con productos de demostración</translation>
    </message>
    <message>
        <source>Load seven sample products and pin the first one on screen</source>
        <translation>Carga siete productos de ejemplo y muestra el primero en pantalla</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the selected product&apos;s card on screen (Ctrl+1…9 pins the first nine products shown)</source>
        <translation>Muestra la tarjeta del producto seleccionado en pantalla (Ctrl+1…9 muestra los nueve primeros de la lista)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Take the product card off screen (Esc)</source>
        <translation>Quitar la tarjeta del producto de la pantalla (Esc)</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Arriba a la izquierda</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Arriba a la derecha</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Abajo a la izquierda</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Abajo a la derecha</translation>
    </message>
    <message>
        <source>The corner of the picture where the product card sits</source>
        <translation>La esquina de la imagen donde va la tarjeta del producto</translation>
    </message>
    <message>
        <source>Card corner</source>
        <translation>Esquina de la tarjeta</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the flash sale lasts ({low}–{high} seconds)</source>
        <translation>Cuánto dura la oferta relámpago ({low}–{high} segundos)</translation>
    </message>
    <message>
        <source>Flash sale length</source>
        <translation>Duración de la oferta relámpago</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>Iniciar oferta relámpago</translation>
    </message>
    <message>
        <source>Show a flash-sale countdown on screen</source>
        <translation>Mostrar en pantalla la cuenta regresiva de la oferta relámpago</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Tarjeta:</translation>
    </message>
    <message>
        <source>Flash sale:</source>
        <translation>Oferta relámpago:</translation>
    </message>
    <message>
        <source>Import a product catalogue</source>
        <translation>Importar un catálogo de productos</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>Catálogos (*.csv *.xlsx *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No catalogue yet. Import a CSV, Excel or JSON file with id, title, price and currency columns (image, url, stock and original_price are optional), or a product export from TikTok Shop, Shopee or Lazada.</source>
        <translation>Aún no hay catálogo. Importa un archivo CSV, Excel o JSON con las columnas id, title, price y currency (image, url, stock y original_price son opcionales), o una exportación de productos de TikTok Shop, Shopee o Lazada.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n producto</numerusform>
            <numerusform>%n productos</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns read as a {layout} file</source>
        <translation>Columnas leídas como un archivo de {layout}</translation>
    </message>
    <message>
        <source>Columns as you chose them for files like this one</source>
        <translation>Columnas como las elegiste para archivos como este</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Agotado</translation>
    </message>
    <message numerus="yes">
        <source>Only %n left</source>
        <translation>
            <numerusform>Solo queda %n</numerusform>
            <numerusform>Solo quedan %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n en existencia</numerusform>
            <numerusform>%n en existencia</numerusform>
        </translation>
    </message>
    <message>
        <source>Id: {id}</source>
        <translation>Id: {id}</translation>
    </message>
    <message>
        <source>No picture: the card shows a placeholder.</source>
        <translation>Sin imagen: la tarjeta muestra una imagen provisional.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n fila omitida</numerusform>
            <numerusform>%n filas omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>(hover for details)</source>
        <translation>(pasa el cursor para ver detalles)</translation>
    </message>
    <message>
        <source>This catalogue has no usable products. Fix the rows listed below and import it again.</source>
        <translation>Este catálogo no tiene productos utilizables. Corrige las filas que se indican abajo e impórtalo de nuevo.</translation>
    </message>
    <message>
        <source>No product matches “{text}”.</source>
        <translation>Ningún producto coincide con «{text}».</translation>
    </message>
</context>
<context>
    <name>QualityDock</name>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Connection meters for your upload, each co-host and your viewers appear here when you go live.</source>
        <translation>Aquí aparecen los medidores de conexión de tu subida, de cada coanfitrión y de tus espectadores cuando sales en vivo.</translation>
    </message>
    <message>
        <source>Graphs, last 2 minutes: round trip (blue, solid line), loss (red, dashed), bitrate (green, dotted).</source>
        <translation>Gráficos de los últimos 2 minutos: ida y vuelta (azul, línea continua), pérdida (rojo, discontinua), tasa de bits (verde, punteada).</translation>
    </message>
    <message>
        <source>What the adaptive encoder sends to the WHIP server now</source>
        <translation>Lo que el codificador adaptativo envía ahora al servidor WHIP</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Subida</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconexiones</translation>
    </message>
    <message>
        <source>Connected in</source>
        <translation>Conectado en</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesamiento</translation>
    </message>
    <message>
        <source>Skipped frames</source>
        <translation>Fotogramas omitidos</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>{fps:.1f} fps</source>
        <translation>{fps:.1f} fps</translation>
    </message>
    <message>
        <source>{ms:.1f} ms per frame</source>
        <translation>{ms:.1f} ms por fotograma</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{kbps} kbit/s at {height}p</source>
        <translation>{kbps} kbit/s a {height}p</translation>
    </message>
    <message>
        <source>The H.264 encoder for the live picture and the recording. Hardware encoders are tried at start; x264 runs on the processor when none of them works.</source>
        <translation>El codificador H.264 de la imagen en directo y de la grabación. Al iniciar se prueban los codificadores por hardware; si ninguno funciona, x264 se ejecuta en el procesador.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>{name}, hardware</source>
        <translation>{name}, por hardware</translation>
    </message>
    <message>
        <source>{name}, software</source>
        <translation>{name}, por software</translation>
    </message>
    <message>
        <source>Not usable on this computer: {names}</source>
        <translation>No disponibles en este equipo: {names}</translation>
    </message>
</context>
<context>
    <name>QualityLevel</name>
    <message>
        <source>measuring…</source>
        <translation>midiendo…</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excelente</translation>
    </message>
    <message>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>mala</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>muy mala</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caída</translation>
    </message>
</context>
<context>
    <name>ReportOffer</name>
    <message>
        <source>Rehearsal report</source>
        <translation>Informe del ensayo</translation>
    </message>
    <message>
        <source>Make the rehearsal report for {name}? It shows light, sound, products and comments over time, with what to change.</source>
        <translation>¿Hacer el informe del ensayo de {name}? Muestra la luz, el sonido, los productos y los comentarios a lo largo del tiempo, con lo que conviene cambiar.</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>Hacer informe</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Analysing {name}…</source>
        <translation>Analizando {name}…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>RingingRow</name>
    <message>
        <source>No camera: audio only</source>
        <translation>Sin cámara: solo audio</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>Aún sin imagen</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Pick up: the call runs beside the show, never in it</source>
        <translation>Contestar: la llamada va junto al directo, nunca dentro de él</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Turn the call down; the buyer can leave you a message</source>
        <translation>Rechaza la llamada; el comprador puede dejarte un mensaje</translation>
    </message>
    <message>
        <source>Waiting {time}</source>
        <translation>Esperando {time}</translation>
    </message>
</context>
<context>
    <name>RunOfShowDock</name>
    <message>
        <source>Run of show</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>Abrir guion…</translation>
    </message>
    <message>
        <source>Open a run of show: its catalogue, queue, talking points and sales</source>
        <translation>Abrir un guion: su catálogo, orden, puntos clave y ofertas</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>Guardar guion</translation>
    </message>
    <message>
        <source>Save the queue, talking points and sales with the show (Ctrl+S)</source>
        <translation>Guardar el orden, los puntos clave y las ofertas con el directo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Drag to change the order; double-click or press Enter to put a product on screen; Delete takes it out of the show</source>
        <translation>Arrastra para cambiar el orden; doble clic o Intro para mostrar un producto en pantalla; Supr lo quita del guion</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Añadir producto</translation>
    </message>
    <message>
        <source>Put a catalogue product that is not in the show at its end</source>
        <translation>Añadir al final un producto del catálogo que no está en el guion</translation>
    </message>
    <message>
        <source>No products yet. Import a catalogue or open a show.</source>
        <translation>Aún no hay productos. Importa un catálogo o abre un guion.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Put the product before this one on screen (Ctrl+←)</source>
        <translation>Mostrar en pantalla el producto anterior (Ctrl+←)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Put the next product in the queue on screen (Ctrl+→)</source>
        <translation>Mostrar en pantalla el siguiente producto de la lista (Ctrl+→)</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>What to say about this product: only you see this.</source>
        <translation>Qué decir de este producto: solo lo ves tú.</translation>
    </message>
    <message>
        <source>Your notes for this product, in large type. Viewers never see them.</source>
        <translation>Tus notas de este producto, en letra grande. El público nunca las ve.</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Oferta relámpago</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Precio de oferta</translation>
    </message>
    <message>
        <source>The price during the sale; the card shows the old price struck</source>
        <translation>El precio durante la oferta; la tarjeta muestra el precio anterior tachado</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Units at the sale price</source>
        <translation>Unidades al precio de oferta</translation>
    </message>
    <message>
        <source>How many units sell at the sale price; the sale ends when they are claimed</source>
        <translation>Cuántas unidades se venden al precio de oferta; la oferta termina cuando se reservan todas</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sale length</source>
        <translation>Duración de la oferta</translation>
    </message>
    <message>
        <source>How long the sale lasts ({low}–{high} seconds)</source>
        <translation>Cuánto dura la oferta ({low}–{high} segundos)</translation>
    </message>
    <message>
        <source>Go to the next product</source>
        <translation>Pasar al siguiente producto</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Quitar de pantalla</translation>
    </message>
    <message>
        <source>Stay on this product</source>
        <translation>Quedarse en este producto</translation>
    </message>
    <message>
        <source>When the sale ends</source>
        <translation>Cuando termine la oferta</translation>
    </message>
    <message>
        <source>What happens when the time is up or the units are sold</source>
        <translation>Qué pasa cuando se acaba el tiempo o se venden las unidades</translation>
    </message>
    <message>
        <source>Start sale</source>
        <translation>Empezar oferta</translation>
    </message>
    <message>
        <source>Put this product on screen at the sale price with a countdown</source>
        <translation>Mostrar este producto al precio de oferta con cuenta atrás</translation>
    </message>
    <message>
        <source>Stop sale</source>
        <translation>Detener oferta</translation>
    </message>
    <message>
        <source>End the sale now: the price goes back, the product stays</source>
        <translation>Terminar la oferta ya: vuelve el precio, el producto se queda</translation>
    </message>
    <message>
        <source>Sale price:</source>
        <translation>Precio de oferta:</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Unidades:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>When it ends:</source>
        <translation>Al terminar:</translation>
    </message>
    <message>
        <source>Open a show</source>
        <translation>Abrir un guion</translation>
    </message>
    <message>
        <source>Shows (*.json);;All files (*)</source>
        <translation>Guiones (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the show</source>
        <translation>Guardar el guion</translation>
    </message>
    <message>
        <source>Shows (*.json)</source>
        <translation>Guiones (*.json)</translation>
    </message>
    <message>
        <source>Put on screen</source>
        <translation>Mostrar en pantalla</translation>
    </message>
    <message>
        <source>Remove from the show</source>
        <translation>Quitar del guion</translation>
    </message>
    <message>
        <source>Every product is in the show</source>
        <translation>Todos los productos están en el guion</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>En pantalla</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>no está en el catálogo</translation>
    </message>
    <message>
        <source>Talking points: {title}</source>
        <translation>Puntos clave: {title}</translation>
    </message>
    <message>
        <source>Now {price}</source>
        <translation>Ahora {price}</translation>
    </message>
    <message>
        <source>The sale price “{text}” is not a number.</source>
        <translation>El precio de oferta «{text}» no es un número.</translation>
    </message>
    <message>
        <source>Sale on {title}: {price}</source>
        <translation>Oferta en {title}: {price}</translation>
    </message>
    <message>
        <source>{clock} left</source>
        <translation>quedan {clock}</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) left</source>
        <translation>
            <numerusform>queda %n unidad</numerusform>
            <numerusform>quedan %n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>New show</source>
        <translation>Guion nuevo</translation>
    </message>
    <message>
        <source>Not saved yet: Save show keeps the queue with the show</source>
        <translation>Sin guardar: Guardar guion conserva el orden</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Going live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>Picture source</source>
        <translation>Fuente de imagen</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation>Ancho de imagen</translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation>Alto de imagen</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Fotogramas por segundo</translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation>fotogramas por segundo</translation>
    </message>
    <message>
        <source>Prices and dates in the picture</source>
        <translation>Precios y fechas en la imagen</translation>
    </message>
    <message>
        <source>locale for prices and dates drawn into the picture, e.g. en_US, zh_CN, id_ID, pt_BR</source>
        <translation>configuración regional de los precios y fechas que se dibujan en la imagen, p. ej. en_US, zh_CN, id_ID, pt_BR</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>Ganancia del micrófono</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Carpeta de grabaciones</translation>
    </message>
    <message>
        <source>where rehearsals are saved</source>
        <translation>dónde se guardan los ensayos</translation>
    </message>
    <message>
        <source>Recording speed preset</source>
        <translation>Preajuste de velocidad de grabación</translation>
    </message>
    <message>
        <source>x264 preset for rehearsal recordings: faster presets use less processor, bigger files</source>
        <translation>preajuste x264 de los ensayos: los más rápidos usan menos procesador y generan archivos más grandes</translation>
    </message>
    <message>
        <source>Recording quality (CRF)</source>
        <translation>Calidad de grabación (CRF)</translation>
    </message>
    <message>
        <source>x264 constant rate factor: lower is better quality and bigger files</source>
        <translation>factor de calidad constante de x264: cuanto más bajo, mejor calidad y archivos más grandes</translation>
    </message>
    <message>
        <source>Adapt the upload to the connection</source>
        <translation>Adaptar la subida a la conexión</translation>
    </message>
    <message>
        <source>let the live encode follow the uplink (bitrate, then 1080p, 720p, 540p, 360p)</source>
        <translation>la codificación en vivo sigue a la conexión de subida (primero la tasa de bits, luego 1080p, 720p, 540p, 360p)</translation>
    </message>
    <message>
        <source>Port of the studio&apos;s own server</source>
        <translation>Puerto del servidor propio del estudio</translation>
    </message>
    <message>
        <source>port of the embedded server (viewer page, WHIP/WHEP); 0 lets the system choose</source>
        <translation>puerto del servidor integrado (página de visualización, WHIP/WHEP); 0 deja que el sistema elija</translation>
    </message>
    <message>
        <source>Comment files folder</source>
        <translation>Carpeta de archivos de comentarios</translation>
    </message>
    <message>
        <source>your own intents.toml, answers.toml, rules.toml and blocked-words.txt; read when the folder exists</source>
        <translation>tus propios intents.toml, answers.toml, rules.toml y blocked-words.txt; se leen si la carpeta existe</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>the window&apos;s language; empty follows the system</source>
        <translation>el idioma de la ventana; vacío sigue al sistema</translation>
    </message>
    <message>
        <source>First-run tour seen</source>
        <translation>Recorrido inicial visto</translation>
    </message>
    <message>
        <source>Show safe areas</source>
        <translation>Mostrar zonas seguras</translation>
    </message>
    <message>
        <source>title-safe margins and the 9:16 crop over the preview</source>
        <translation>márgenes seguros para títulos y el recorte 9:16 sobre la vista previa</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings are saved in {settings}; logs are kept in {logs}.</source>
        <translation>La configuración se guarda en {settings}; los registros, en {logs}.</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Their microphone level</source>
        <translation>Nivel de su micrófono</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Silence this co-host in the program (they stay on screen)</source>
        <translation>Silenciar a este coanfitrión en el programa (sigue en pantalla)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Take this co-host off the show; their link stops working</source>
        <translation>Sacar a este coanfitrión de la transmisión; su enlace deja de funcionar</translation>
    </message>
    <message>
        <source>Slot {n}</source>
        <translation>Espacio {n}</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <source>{n}. {name}</source>
        <translation>{n}. {name}</translation>
    </message>
    <message>
        <source>Reconnecting… (slot held for 30 s)</source>
        <translation>Reconectando… (espacio reservado 30 s)</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Link: no picture yet</source>
        <translation>Conexión: aún sin imagen</translation>
    </message>
    <message>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>mala</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>sin imagen</translation>
    </message>
    <message>
        <source>Link: {quality} · {fps:.0f} fps</source>
        <translation>Conexión: {quality} · {fps:.0f} fps</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) received</source>
        <translation>
            <numerusform>%n fotograma recibido</numerusform>
            <numerusform>%n fotogramas recibidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>The picture: a camera, the demo scene or a video file</source>
        <translation>La imagen: una cámara, la escena de demostración o un archivo de video</translation>
    </message>
    <message>
        <source>{w}×{h} (portrait 9:16)</source>
        <translation>{w}×{h} (vertical 9:16)</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Tamaño de imagen</translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation>{fps} fps</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Fotogramas por segundo</translation>
    </message>
    <message>
        <source>Both shapes</source>
        <translation>Ambos formatos</translation>
    </message>
    <message>
        <source>Also make the other shape (9:16 for phones, or 16:9) at the same time</source>
        <translation>Genera también el otro formato (9:16 para móviles, o 16:9) a la vez</translation>
    </message>
    <message>
        <source>Follow my face</source>
        <translation>Seguir mi cara</translation>
    </message>
    <message>
        <source>Keep your face in the upper third of the picture as you move</source>
        <translation>Mantén tu cara en el tercio superior de la imagen mientras te mueves</translation>
    </message>
    <message>
        <source>Zoom in on the camera picture</source>
        <translation>Acerca la imagen de la cámara</translation>
    </message>
    <message>
        <source>Move the picture left or right (when not following your face)</source>
        <translation>Mueve la imagen a la izquierda o a la derecha (cuando no sigue tu cara)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <source>Microphone gain in dB</source>
        <translation>Ganancia del micrófono en dB</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>Ganancia del micrófono</translation>
    </message>
    <message>
        <source>Clipping: lower the microphone gain.</source>
        <translation>Saturación: baja la ganancia del micrófono.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Encuadre</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Mic gain</source>
        <translation>Ganancia del micro</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>Escena de demostración</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Archivo de video…</translation>
    </message>
    <message>
        <source>Camera {spec}</source>
        <translation>Cámara {spec}</translation>
    </message>
    <message>
        <source>Default microphone</source>
        <translation>Micrófono predeterminado</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>Tono de demostración</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Sin micrófono</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>Elegir un archivo de video</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm *.avi);;All files (*)</source>
        <translation>Videos (*.mp4 *.mkv *.mov *.webm *.avi);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>{gain:+d} dB</source>
        <translation>{gain:+d} dB</translation>
    </message>
    <message>
        <source>The picture is gone: viewers see “Be right back” until it returns.</source>
        <translation>No hay imagen: los espectadores ven «Volvemos enseguida» hasta que vuelva.</translation>
    </message>
    <message>
        <source>Showing: {label}</source>
        <translation>Mostrando: {label}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Show controls</source>
        <translation>Controles de la transmisión</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <source>WHIP server…</source>
        <translation>Servidor WHIP…</translation>
    </message>
    <message>
        <source>Serve the show from this computer: viewers open the watch page in a browser.</source>
        <translation>Transmite desde esta computadora: los espectadores abren la página en un navegador.</translation>
    </message>
    <message>
        <source>Publish to any WHIP server (OBS-compatible services, LiveKit, Cloudflare, MediaMTX…).</source>
        <translation>Publica en cualquier servidor WHIP (servicios compatibles con OBS, LiveKit, Cloudflare, MediaMTX…).</translation>
    </message>
    <message>
        <source>Platforms only</source>
        <translation>Solo plataformas</translation>
    </message>
    <message>
        <source>Send the show only to your RTMP destinations (TikTok, Shopee, Lazada, YouTube, Facebook…).</source>
        <translation>Envía la transmisión solo a tus destinos RTMP (TikTok, Shopee, Lazada, YouTube, Facebook…).</translation>
    </message>
    <message>
        <source>Where Go Live sends your show</source>
        <translation>Adónde envía tu transmisión «Salir en vivo»</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>Destinos…</translation>
    </message>
    <message>
        <source>Platforms Go Live also sends the show to over RTMP(S): TikTok, Shopee, Lazada, YouTube…</source>
        <translation>Plataformas a las que «Salir en vivo» también envía la transmisión por RTMP(S): TikTok, Shopee, Lazada, YouTube…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Measure the upload to the chosen target (about 10 s) and get a recommended quality</source>
        <translation>Mide la subida al destino elegido (unos 10 s) y recomienda una calidad</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Salir en vivo</translation>
    </message>
    <message>
        <source>Start the show (Ctrl+L)</source>
        <translation>Iniciar la transmisión (Ctrl+L)</translation>
    </message>
    <message>
        <source>How your show&apos;s connection is doing</source>
        <translation>Cómo va la conexión de tu transmisión</translation>
    </message>
    <message>
        <source>People watching now</source>
        <translation>Personas viendo ahora</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Ensayar</translation>
    </message>
    <message>
        <source>Record the program to a file without going live (Ctrl+R)</source>
        <translation>Graba el programa en un archivo sin salir en vivo (Ctrl+R)</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Salida:</translation>
    </message>
    <message>
        <source>Cancel ({seconds})</source>
        <translation>Cancelar ({seconds})</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>Terminar en vivo</translation>
    </message>
    <message>
        <source>End the show (Ctrl+L)</source>
        <translation>Terminar la transmisión (Ctrl+L)</translation>
    </message>
    <message>
        <source>Platforms {live}/{total} live</source>
        <translation>Plataformas {live}/{total} en vivo</translation>
    </message>
    <message>
        <source>Destinations ({n})</source>
        <translation>Destinos ({n})</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Connection: {level}</source>
        <translation>Conexión: {level}</translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n viendo</numerusform>
            <numerusform>%n viendo</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Detener grabación</translation>
    </message>
    <message>
        <source>CONNECTING…</source>
        <translation>CONECTANDO…</translation>
    </message>
    <message>
        <source>RECONNECTING… {seconds:.0f} s</source>
        <translation>RECONECTANDO… {seconds:.0f} s</translation>
    </message>
    <message>
        <source>RECONNECTING…</source>
        <translation>RECONECTANDO…</translation>
    </message>
    <message>
        <source>LIVE {elapsed}</source>
        <translation>EN VIVO {elapsed}</translation>
    </message>
    <message>
        <source>● REC {elapsed}</source>
        <translation>● GRAB {elapsed}</translation>
    </message>
</context>
<context>
    <name>VoicePanel</name>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <translation>Habitación tranquila</translation>
    </message>
    <message>
        <source>Noisy market</source>
        <translation>Mercado ruidoso</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Auriculares</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Normal is gentle and never thins your voice; strong removes fans, traffic and hum, but can thin your voice when people talk right beside you</source>
        <translation>Normal es suave y nunca adelgaza tu voz; fuerte elimina ventiladores, tráfico y zumbidos, pero puede adelgazar tu voz cuando alguien habla justo a tu lado</translation>
    </message>
    <message>
        <source>Cancel echo from the speakers</source>
        <translation>Cancelar el eco de los altavoces</translation>
    </message>
    <message>
        <source>I wear headphones</source>
        <translation>Uso auriculares</translation>
    </message>
    <message>
        <source>With headphones nothing comes back into the microphone, so echo cancellation stays off.</source>
        <translation>Con auriculares no vuelve nada al micrófono, así que la cancelación de eco queda desactivada.</translation>
    </message>
    <message>
        <source>Keep my voice at a steady level</source>
        <translation>Mantener mi voz a un nivel estable</translation>
    </message>
    <message>
        <source>Mute the room between sentences</source>
        <translation>Silenciar la sala entre frases</translation>
    </message>
    <message>
        <source>Before cleaning</source>
        <translation>Antes de limpiar</translation>
    </message>
    <message>
        <source>After cleaning</source>
        <translation>Después de limpiar</translation>
    </message>
    <message>
        <source>Hear yourself on headphones, as the microphone hears you or as your viewers will</source>
        <translation>Escúchate con auriculares, como te oye el micrófono o como te oirán tus espectadores</translation>
    </message>
    <message>
        <source>Microphone level before cleaning</source>
        <translation>Nivel del micrófono antes de limpiar</translation>
    </message>
    <message>
        <source>Voice level after cleaning</source>
        <translation>Nivel de la voz después de limpiar</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Your microphone is clipping: turn its input volume down.</source>
        <translation>Tu micrófono satura: baja su volumen de entrada.</translation>
    </message>
    <message>
        <source>Close to clipping: turn the microphone&apos;s input volume down a little.</source>
        <translation>A punto de saturar: baja un poco el volumen de entrada del micrófono.</translation>
    </message>
    <message>
        <source>Cancelling the echo of your co-hosts.</source>
        <translation>Cancelando el eco de tus coanfitriones.</translation>
    </message>
</context>
<context>
    <name>WaitingRow</name>
    <message>
        <source>No picture yet</source>
        <translation>Aún sin imagen</translation>
    </message>
    <message>
        <source>asks to join</source>
        <translation>pide unirse</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Put {name} on stage in the next free slot</source>
        <translation>Poner a {name} en escena en el siguiente espacio libre</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Turn the request down; they are told so</source>
        <translation>Rechazar la solicitud; se le avisará</translation>
    </message>
</context>
<context>
    <name>WhipTargetDialog</name>
    <message>
        <source>Publish to a WHIP server</source>
        <translation>Publicar en un servidor WHIP</translation>
    </message>
    <message>
        <source>Bearer token or stream key (optional)</source>
        <translation>Token bearer o clave de transmisión (opcional)</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>Recordar el token en el llavero del sistema</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https:// or http://.</source>
        <translation>Escribe la dirección del servidor, empezando por https:// o http://.</translation>
    </message>
</context>
</TS>
