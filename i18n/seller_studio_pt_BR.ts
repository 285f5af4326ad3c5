<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>CallsDock</name>
    <message>
        <source>Calls</source>
        <translation>Chamadas</translation>
    </message>
    <message>
        <source>Call links</source>
        <translation>Links de chamada</translation>
    </message>
    <message>
        <source>Buyer&apos;s name (optional)</source>
        <translation>Nome do comprador (opcional)</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>Nome do comprador</translation>
    </message>
    <message>
        <source>Order number (optional)</source>
        <translation>Número do pedido (opcional)</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número do pedido</translation>
    </message>
    <message>
        <source>Calls allowed</source>
        <translation>Chamadas permitidas</translation>
    </message>
    <message>
        <source>1: the link works for one call; more: a standing link</source>
        <translation>1: o link vale para uma chamada; mais: um link permanente</translation>
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
        <translation>1 dia</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 dias</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Válido por</translation>
    </message>
    <message>
        <source>Create link</source>
        <translation>Criar link</translation>
    </message>
    <message>
        <source>Make a link a buyer opens on their phone to call you</source>
        <translation>Cria um link que o comprador abre no celular para ligar para você</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected link to the clipboard</source>
        <translation>Copiar o link selecionado para a área de transferência</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>Make the selected link stop working</source>
        <translation>Faz o link selecionado parar de funcionar</translation>
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
        <translation>Chamadas:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Válido por:</translation>
    </message>
    <message>
        <source>Incoming calls</source>
        <translation>Chamadas recebidas</translation>
    </message>
    <message>
        <source>Nobody is calling. Buyers ring you from a call link.</source>
        <translation>Ninguém está ligando. Os compradores ligam para você por um link de chamada.</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>Em chamada</translation>
    </message>
    <message>
        <source>Your call picture</source>
        <translation>Sua imagem da chamada</translation>
    </message>
    <message>
        <source>What the buyer sees</source>
        <translation>O que o comprador vê</translation>
    </message>
    <message>
        <source>No camera: audio only</source>
        <translation>Sem câmera: só áudio</translation>
    </message>
    <message>
        <source>The buyer&apos;s camera</source>
        <translation>A câmera do comprador</translation>
    </message>
    <message>
        <source>They hear my microphone</source>
        <translation>Ouvem meu microfone</translation>
    </message>
    <message>
        <source>They hear my co-hosts</source>
        <translation>Ouvem meus coapresentadores</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Câmera desligada</translation>
    </message>
    <message>
        <source>Main camera</source>
        <translation>Câmera principal</translation>
    </message>
    <message>
        <source>Second source…</source>
        <translation>Segunda fonte…</translation>
    </message>
    <message>
        <source>Call picture</source>
        <translation>Imagem da chamada</translation>
    </message>
    <message>
        <source>Switch to a second camera or a video file for close-ups</source>
        <translation>Mude para uma segunda câmera ou um arquivo de vídeo para closes</translation>
    </message>
    <message>
        <source>Product card in the call</source>
        <translation>Card de produto na chamada</translation>
    </message>
    <message>
        <source>Show a product card on the call&apos;s picture (never on the show)</source>
        <translation>Mostra um card de produto na imagem da chamada (nunca na live)</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Gravar…</translation>
    </message>
    <message>
        <source>Ask the buyer to agree to a recording; it starts when they do</source>
        <translation>Pede ao comprador que concorde com a gravação; ela começa quando ele concordar</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Desligar</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Imagem:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produto:</translation>
    </message>
    <message>
        <source>Messages from buyers</source>
        <translation>Mensagens de compradores</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <source>Anyone with the link</source>
        <translation>Qualquer pessoa com o link</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revogado</translation>
    </message>
    <message>
        <source>used</source>
        <translation>usado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirado</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) left</source>
        <translation>
            <numerusform>resta %n chamada</numerusform>
            <numerusform>restam %n chamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>resta %n min</numerusform>
            <numerusform>restam %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Second source for close-ups</source>
        <translation>Segunda fonte para closes</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm);;All files (*)</source>
        <translation>Vídeos (*.mp4 *.mkv *.mov *.webm);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>Com {name}</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>no mudo</translation>
    </message>
    <message>
        <source>camera off</source>
        <translation>câmera desligada</translation>
    </message>
    <message>
        <source>The buyer: {state}</source>
        <translation>O comprador: {state}</translation>
    </message>
    <message>
        <source>No product card</source>
        <translation>Sem card de produto</translation>
    </message>
    <message>
        <source>Waiting for the buyer to agree to the recording…</source>
        <translation>Aguardando o comprador concordar com a gravação…</translation>
    </message>
    <message>
        <source>The buyer agreed; starting the recording…</source>
        <translation>O comprador concordou; iniciando a gravação…</translation>
    </message>
    <message>
        <source>The buyer did not agree to a recording.</source>
        <translation>O comprador não concordou com a gravação.</translation>
    </message>
    <message>
        <source>● Recording (the buyer agreed and sees REC)</source>
        <translation>● Gravando (o comprador concordou e vê REC)</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Parar gravação</translation>
    </message>
</context>
<context>
    <name>CoHostsDock</name>
    <message>
        <source>Co-hosts</source>
        <translation>Coapresentadores</translation>
    </message>
    <message>
        <source>Invite co-host</source>
        <translation>Convidar coapresentador</translation>
    </message>
    <message>
        <source>Make a link for one co-host, valid for 30 minutes. They wait in the green room until you approve them.</source>
        <translation>Cria um link para um coapresentador, válido por 30 minutos. Ele espera na sala de espera até você aprovar.</translation>
    </message>
    <message>
        <source>Invite link</source>
        <translation>Link de convite</translation>
    </message>
    <message>
        <source>The invite link appears here</source>
        <translation>O link de convite aparece aqui</translation>
    </message>
    <message>
        <source>Send this link to your co-host. Beyond this network, share the studio through a tunnel (see the co-host guide).</source>
        <translation>Envie este link para seu coapresentador. Fora desta rede, compartilhe o estúdio por um túnel (veja o guia de coapresentadores).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the link to the clipboard</source>
        <translation>Copiar o link para a área de transferência</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
    <message>
        <source>Make this link stop working</source>
        <translation>Fazer este link parar de funcionar</translation>
    </message>
    <message>
        <source>Deck link</source>
        <translation>Link do painel</translation>
    </message>
    <message>
        <source>Make a link for your assistant&apos;s phone or computer: from it they pin products, run flash sales, fix stock and answer comments while you talk.</source>
        <translation>Crie um link para o celular ou computador do seu assistente: com ele, ele fixa produtos, faz ofertas relâmpago, corrige o estoque e responde comentários enquanto você fala.</translation>
    </message>
    <message>
        <source>Assistant deck link</source>
        <translation>Link do painel do assistente</translation>
    </message>
    <message>
        <source>The assistant deck link appears here</source>
        <translation>O link do painel do assistente aparece aqui</translation>
    </message>
    <message>
        <source>Anyone with this link can run the show&apos;s products: send it only to your assistant.</source>
        <translation>Quem tiver este link pode controlar os produtos da live: envie só para o seu assistente.</translation>
    </message>
    <message>
        <source>Make the deck link stop working; open decks close at once</source>
        <translation>Faz o link do painel parar de funcionar; painéis abertos fecham na hora</translation>
    </message>
    <message>
        <source>Nobody is invited yet. Invite a co-host with a link: they wait in the green room until you let them in.</source>
        <translation>Ninguém foi convidado ainda. Convide um coapresentador com um link: ele espera na sala de espera até você deixá-lo entrar.</translation>
    </message>
    <message>
        <source>Green room</source>
        <translation>Sala de espera</translation>
    </message>
    <message>
        <source>Nobody is waiting. Requests from your invite link appear here.</source>
        <translation>Ninguém está esperando. Os pedidos do seu link de convite aparecem aqui.</translation>
    </message>
    <message>
        <source>On stage</source>
        <translation>No palco</translation>
    </message>
    <message>
        <source>Solo (host only)</source>
        <translation>Solo (só o apresentador)</translation>
    </message>
    <message>
        <source>Side by side (PK)</source>
        <translation>Lado a lado (PK)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Picture in picture</source>
        <translation>Imagem na imagem</translation>
    </message>
    <message>
        <source>How the host and the co-hosts share the picture</source>
        <translation>Como o apresentador e os coapresentadores dividem a imagem</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Join as co-host…</source>
        <translation>Entrar como coapresentador…</translation>
    </message>
    <message>
        <source>Send your picture and sound to another host&apos;s show, using the invite link they sent you</source>
        <translation>Envie sua imagem e seu som para a live de outro apresentador, usando o link de convite que ele mandou</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Leave the other host&apos;s show</source>
        <translation>Sair da live do outro apresentador</translation>
    </message>
    <message>
        <source>Assistant deck</source>
        <translation>Painel do assistente</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>On another host&apos;s show</source>
        <translation>Na live de outro apresentador</translation>
    </message>
    <message>
        <source>New invite</source>
        <translation>Novo convite</translation>
    </message>
    <message>
        <source>Join as co-host</source>
        <translation>Entrar como coapresentador</translation>
    </message>
    <message>
        <source>Paste the invite link the host sent you:</source>
        <translation>Cole o link de convite que o apresentador enviou:</translation>
    </message>
    <message>
        <source>Your name, as the host and viewers will see it:</source>
        <translation>Seu nome, como o apresentador e os espectadores vão ver:</translation>
    </message>
    <message>
        <source>Asking the host to let you in…</source>
        <translation>Pedindo ao apresentador para deixar você entrar…</translation>
    </message>
    <message>
        <source>Waiting in the green room for the host to let you in…</source>
        <translation>Esperando na sala de espera o apresentador deixar você entrar…</translation>
    </message>
    <message>
        <source>You are on the other host&apos;s show.</source>
        <translation>Você está na live do outro apresentador.</translation>
    </message>
    <message>
        <source>Reconnecting to the other show…</source>
        <translation>Reconectando à outra live…</translation>
    </message>
    <message>
        <source>The host declined your request.</source>
        <translation>O apresentador recusou seu pedido.</translation>
    </message>
    <message>
        <source>The host took you off their show.</source>
        <translation>O apresentador tirou você da live.</translation>
    </message>
    <message>
        <source>You left the other show.</source>
        <translation>Você saiu da outra live.</translation>
    </message>
</context>
<context>
    <name>ColumnDialog</name>
    <message>
        <source>Choose the catalogue&apos;s columns</source>
        <translation>Escolha as colunas do catálogo</translation>
    </message>
    <message>
        <source>Product id (SKU)</source>
        <translation>ID do produto (SKU)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nome do produto</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Price before discount</source>
        <translation>Preço antes do desconto</translation>
    </message>
    <message>
        <source>Currency column</source>
        <translation>Coluna de moeda</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Estoque</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Product link</source>
        <translation>Link do produto</translation>
    </message>
    <message>
        <source>Variation (size, colour)</source>
        <translation>Variação (tamanho, cor)</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Planilha</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Linha de cabeçalho</translation>
    </message>
    <message>
        <source>The row that names the columns; rows above it are ignored</source>
        <translation>A linha que nomeia as colunas; as linhas acima dela são ignoradas</translation>
    </message>
    <message>
        <source>sheet “{sheet}”, header on line {line}</source>
        <translation>planilha “{sheet}”, cabeçalho na linha {line}</translation>
    </message>
    <message>
        <source>header on line {line}</source>
        <translation>cabeçalho na linha {line}</translation>
    </message>
    <message>
        <source>Say which column of {file} ({where}) holds each detail. Seller Studio remembers your choice and reads files with the same columns without asking again.</source>
        <translation>Diga qual coluna de {file} ({where}) contém cada informação. O Seller Studio lembra a sua escolha e lê arquivos com as mesmas colunas sem perguntar de novo.</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— não está neste arquivo —</translation>
    </message>
    <message>
        <source>Currency of the prices</source>
        <translation>Moeda dos preços</translation>
    </message>
    <message>
        <source>The currency of rows whose currency column is empty, or of every row when the file has no currency column (ISO 4217 code)</source>
        <translation>A moeda das linhas cuja coluna de moeda está vazia, ou de todas as linhas quando o arquivo não tem coluna de moeda (código ISO 4217)</translation>
    </message>
    <message>
        <source>Prices are in</source>
        <translation>Preços em</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>As primeiras linhas do arquivo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Primeiras linhas:</translation>
    </message>
    <message>
        <source>Choose the columns for: {fields}.</source>
        <translation>Escolha as colunas de: {fields}.</translation>
    </message>
    <message>
        <source>Choose the currency the prices are in (an ISO 4217 code such as USD or MYR).</source>
        <translation>Escolha a moeda dos preços (um código ISO 4217 como USD ou MYR).</translation>
    </message>
</context>
<context>
    <name>CommentsDock</name>
    <message>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <source>Comments from viewers appear here when you are live.</source>
        <translation>Os comentários dos espectadores aparecem aqui quando você está ao vivo.</translation>
    </message>
    <message>
        <source>Scroll to the newest comment</source>
        <translation>Ir para o comentário mais recente</translation>
    </message>
    <message>
        <source>Pin on screen</source>
        <translation>Mostrar na tela</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Filtrados</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fixados</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
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
        <translation>Flood</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>Caixa alta</translation>
    </message>
    <message>
        <source>Blocked word</source>
        <translation>Palavra bloqueada</translation>
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
        <translation>O que a moderação escondeu dos espectadores: spam, flood, palavras bloqueadas, espectadores silenciados</translation>
    </message>
    <message>
        <source>↑/↓ choose a comment · Enter sends its draft · P pins it on screen</source>
        <translation>↑/↓ escolhe um comentário · Enter envia o rascunho · P mostra na tela</translation>
    </message>
    <message>
        <source>Send draft</source>
        <translation>Enviar rascunho</translation>
    </message>
    <message>
        <source>Send the drafted answer to every viewer (Enter)</source>
        <translation>Envia a resposta rascunhada para todos os espectadores (Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Put the draft in the reply box to change it first</source>
        <translation>Coloca o rascunho na caixa de resposta para você mudar antes</translation>
    </message>
    <message>
        <source>Show the selected comment in the picture (P)</source>
        <translation>Mostra o comentário selecionado na imagem (P)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Tirar</translation>
    </message>
    <message>
        <source>Take the comment off screen</source>
        <translation>Tirar o comentário da tela</translation>
    </message>
    <message>
        <source>Pin product</source>
        <translation>Fixar produto</translation>
    </message>
    <message>
        <source>Pin the product this comment names</source>
        <translation>Fixa o produto que este comentário menciona</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Confirm the selected claim as an order</source>
        <translation>Confirma a reserva selecionada como pedido</translation>
    </message>
    <message>
        <source>Cancel claim</source>
        <translation>Cancelar reserva</translation>
    </message>
    <message>
        <source>Cancel the claim; its units go back to stock and the waitlist moves up</source>
        <translation>Cancela a reserva; as unidades voltam ao estoque e a lista de espera anda</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Espectador</translation>
    </message>
    <message>
        <source>Mute or block the selected comment&apos;s writer</source>
        <translation>Silencia ou bloqueia quem escreveu o comentário selecionado</translation>
    </message>
    <message>
        <source>Mute for 10 minutes</source>
        <translation>Silenciar por 10 minutos</translation>
    </message>
    <message>
        <source>Block for this show</source>
        <translation>Bloquear nesta live</translation>
    </message>
    <message>
        <source>Auto-send</source>
        <translation>Envio automático</translation>
    </message>
    <message>
        <source>Send drafted answers by themselves, per kind of question</source>
        <translation>Envia sozinho as respostas rascunhadas, por tipo de pergunta</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Estoque</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Frete</translation>
    </message>
    <message>
        <source>Size and colour</source>
        <translation>Tamanho e cor</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Claim replies</source>
        <translation>Respostas a reservas</translation>
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
        <translation>Sua resposta aparece nos comentários de todos os espectadores, marcada como do apresentador</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the reply (Enter)</source>
        <translation>Enviar a resposta (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new comment(s)</source>
        <translation>
            <numerusform>↓ %n comentário novo</numerusform>
            <numerusform>↓ %n comentários novos</numerusform>
        </translation>
    </message>
    <message>
        <source>Your reply, sent at {time}</source>
        <translation>Sua resposta, enviada às {time}</translation>
    </message>
    <message>
        <source>Hidden from viewers ({reason}); {name} still sees it</source>
        <translation>Escondido dos espectadores ({reason}); {name} ainda vê</translation>
    </message>
    <message>
        <source>{name} at {time}</source>
        <translation>{name} às {time}</translation>
    </message>
    <message>
        <source>On screen — {name}: {text}</source>
        <translation>Na tela — {name}: {text}</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Apresentador</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>Na tela</translation>
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
        <translation>Adicionar um destino</translation>
    </message>
    <message>
        <source>e.g. TikTok shop</source>
        <translation>ex.: Loja do TikTok</translation>
    </message>
    <message>
        <source>The show&apos;s format</source>
        <translation>O formato da live</translation>
    </message>
    <message>
        <source>Landscape 16:9</source>
        <translation>Paisagem 16:9</translation>
    </message>
    <message>
        <source>Portrait 9:16 (phones)</source>
        <translation>Retrato 9:16 (celulares)</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keychain)</source>
        <translation>Sem alteração (guardada no chaveiro)</translation>
    </message>
    <message>
        <source>Paste the stream key</source>
        <translation>Cole a chave de transmissão</translation>
    </message>
    <message>
        <source>Stream key</source>
        <translation>Chave de transmissão</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL do servidor</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Give the destination a name, e.g. “TikTok shop”.</source>
        <translation>Dê um nome ao destino, ex.: “Loja do TikTok”.</translation>
    </message>
    <message>
        <source>The server URL starts with rtmp:// or rtmps:// — copy it from the platform&apos;s streaming settings.</source>
        <translation>A URL do servidor começa com rtmp:// ou rtmps:// — copie das configurações de transmissão da plataforma.</translation>
    </message>
    <message>
        <source>Paste the stream key from the platform.</source>
        <translation>Cole a chave de transmissão da plataforma.</translation>
    </message>
    <message>
        <source>The stream key has spaces in it; copy it again from the platform.</source>
        <translation>A chave de transmissão tem espaços; copie de novo da plataforma.</translation>
    </message>
</context>
<context>
    <name>DestinationsDialog</name>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
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
        <translation>“Entrar ao vivo” também envia a live para cada destino ativado. As chaves de transmissão ficam no chaveiro do sistema e nunca são mostradas.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Send to {name}</source>
        <translation>Enviar para {name}</translation>
    </message>
</context>
<context>
    <name>EnhanceDock</name>
    <message>
        <source>Enhance</source>
        <translation>Realçar</translation>
    </message>
    <message>
        <source>Low light</source>
        <translation>Pouca luz</translation>
    </message>
    <message>
        <source>White balance</source>
        <translation>Balanço de branco</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>Reduzir ruído</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Nitidez</translation>
    </message>
    <message>
        <source>Skin smoothing</source>
        <translation>Suavizar pele</translation>
    </message>
    <message>
        <source>Brighten dark rooms without washing out bright ones</source>
        <translation>Clareia ambientes escuros sem estourar os claros</translation>
    </message>
    <message>
        <source>Remove yellow or blue casts so products show their true colour</source>
        <translation>Remove tons amarelados ou azulados para os produtos mostrarem a cor real</translation>
    </message>
    <message>
        <source>Calm the grain cameras add in dim light</source>
        <translation>Reduz o granulado que as câmeras criam com pouca luz</translation>
    </message>
    <message>
        <source>Crisper edges and product text</source>
        <translation>Bordas e textos dos produtos mais nítidos</translation>
    </message>
    <message>
        <source>Soften skin while keeping eyes, hair and products sharp</source>
        <translation>Suaviza a pele mantendo olhos, cabelo e produtos nítidos</translation>
    </message>
    <message>
        <source>Automatic (adjusts to the room)</source>
        <translation>Automático (se ajusta ao ambiente)</translation>
    </message>
    <message>
        <source>Picks low light, white balance, denoise and sharpen from the picture itself; skin smoothing stays as you set it.</source>
        <translation>Escolhe pouca luz, balanço de branco, redução de ruído e nitidez a partir da própria imagem; a suavização de pele fica como você ajustou.</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Natural</translation>
    </message>
    <message>
        <source>Bright room</source>
        <translation>Ambiente claro</translation>
    </message>
    <message>
        <source>Beauty</source>
        <translation>Beleza</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Show the camera picture untouched</source>
        <translation>Mostrar a imagem da câmera sem ajustes</translation>
    </message>
    <message>
        <source>auto {value}</source>
        <translation>auto {value}</translation>
    </message>
    <message>
        <source>Enhancement costs {ms:.1f} ms per frame.</source>
        <translation>O realce custa {ms:.1f} ms por quadro.</translation>
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
        <translation>Concluir</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>Pular tour</translation>
    </message>
</context>
<context>
    <name>FolderEdit</name>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Escolher uma pasta</translation>
    </message>
</context>
<context>
    <name>LevelBars</name>
    <message>
        <source>Connection quality</source>
        <translation>Qualidade da conexão</translation>
    </message>
</context>
<context>
    <name>LevelMeterWidget</name>
    <message>
        <source>Microphone level</source>
        <translation>Nível do microfone</translation>
    </message>
    <message>
        <source>Level {rms:.0f} dBFS, peak {peak:.0f} dBFS</source>
        <translation>Nível {rms:.0f} dBFS, pico {peak:.0f} dBFS</translation>
    </message>
    <message>
        <source>{db:.0f} dB</source>
        <translation>{db:.0f} dB</translation>
    </message>
    <message>
        <source>CLIP</source>
        <translation>ESTOURO</translation>
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
        <translation>{pct:.1f}% perdido</translation>
    </message>
    <message>
        <source>{name}: {level}</source>
        <translation>{name}: {level}</translation>
    </message>
    <message>
        <source>round trip {ms:.0f} ms</source>
        <translation>ida e volta {ms:.0f} ms</translation>
    </message>
    <message>
        <source>loss {pct:.1f} %</source>
        <translation>perda {pct:.1f}%</translation>
    </message>
    <message>
        <source>jitter {ms:.0f} ms</source>
        <translation>oscilação {ms:.0f} ms</translation>
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
        <translation>Lives em retrato: mantenha as sobreposições longe dos botões e comentários deste app</translation>
    </message>
    <message>
        <source>Any shopping app</source>
        <translation>Qualquer app de compras</translation>
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
        <translation>Sem zonas do celular</translation>
    </message>
    <message>
        <source>Show the other shape</source>
        <translation>Mostrar o outro formato</translation>
    </message>
    <message>
        <source>Preview the second picture (16:9 or 9:16) of a dual show</source>
        <translation>Pré-visualiza a segunda imagem (16:9 ou 9:16) de uma live dupla</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>Antes / depois</translation>
    </message>
    <message>
        <source>Compare the raw camera (left) with the enhanced picture (right)</source>
        <translation>Compare a câmera original (esquerda) com a imagem realçada (direita)</translation>
    </message>
    <message>
        <source>Safe areas</source>
        <translation>Áreas seguras</translation>
    </message>
    <message>
        <source>Show title-safe margins and the centre 9:16 crop phones see</source>
        <translation>Mostra as margens seguras de título e o recorte central 9:16 que os celulares veem</translation>
    </message>
    <message>
        <source>Be right back</source>
        <translation>Já voltamos</translation>
    </message>
    <message>
        <source>The show goes on in a moment</source>
        <translation>A live continua em instantes</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>Abrindo a câmera…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>Importar catálogo…</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>Abrir roteiro…</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>Salvar roteiro</translation>
    </message>
    <message>
        <source>Open recordings folder</source>
        <translation>Abrir pasta de gravações</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>Go Live / End Live</source>
        <translation>Entrar ao vivo / Encerrar ao vivo</translation>
    </message>
    <message>
        <source>Rehearse / Stop recording</source>
        <translation>Ensaiar / Parar gravação</translation>
    </message>
    <message>
        <source>Practice audience</source>
        <translation>Público de treino</translation>
    </message>
    <message>
        <source>Simulated viewers comment in five languages while you rehearse</source>
        <translation>Espectadores simulados comentam em cinco idiomas enquanto você ensaia</translation>
    </message>
    <message>
        <source>Pin product {n}</source>
        <translation>Mostrar produto {n}</translation>
    </message>
    <message>
        <source>Unpin product</source>
        <translation>Tirar produto</translation>
    </message>
    <message>
        <source>Next product</source>
        <translation>Próximo produto</translation>
    </message>
    <message>
        <source>Previous product</source>
        <translation>Produto anterior</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Redefinir layout</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Show the tour</source>
        <translation>Mostrar o tour</translation>
    </message>
    <message>
        <source>About Seller Studio</source>
        <translation>Sobre o Seller Studio</translation>
    </message>
    <message>
        <source>Going live was cancelled.</source>
        <translation>Entrada ao vivo cancelada.</translation>
    </message>
    <message>
        <source>End the show?</source>
        <translation>Encerrar a live?</translation>
    </message>
    <message>
        <source>Your viewers will see the show end.</source>
        <translation>Seus espectadores vão ver a live terminar.</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>Encerrar ao vivo</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Saved the recording to {path}.</source>
        <translation>Gravação salva em {path}.</translation>
    </message>
    <message>
        <source>Picture: {label}</source>
        <translation>Imagem: {label}</translation>
    </message>
    <message>
        <source>Sound: {label}</source>
        <translation>Som: {label}</translation>
    </message>
    <message>
        <source>{fps:.0f} fps · {ms:.1f} ms</source>
        <translation>{fps:.0f} fps · {ms:.1f} ms</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Entrar ao vivo</translation>
    </message>
    <message>
        <source>When you are ready, start the show here. A 3-2-1 countdown gives you a moment; Ctrl+L does the same.</source>
        <translation>Quando estiver pronto, comece a live aqui. Uma contagem 3-2-1 dá um respiro; Ctrl+L faz o mesmo.</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Ensaiar</translation>
    </message>
    <message>
        <source>Practise first: this records the program to a file without going live, so you can watch yourself back.</source>
        <translation>Treine antes: grava o programa em um arquivo sem entrar ao vivo, para você se assistir depois.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>Import your catalogue, or try the demo products, and pin a product to show its card on screen (Ctrl+1…9).</source>
        <translation>Importe seu catálogo, ou teste os produtos de demonstração, e mostre um produto para exibir o card na tela (Ctrl+1…9).</translation>
    </message>
    <message>
        <source>Seller Studio {version}
A local-first studio for live-commerce hosts.</source>
        <translation>Seller Studio {version}
Um estúdio local para apresentadores de vendas ao vivo.</translation>
    </message>
    <message>
        <source>Finishing the recording…</source>
        <translation>Finalizando a gravação…</translation>
    </message>
    <message>
        <source>Ending the show…</source>
        <translation>Encerrando a live…</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>No camera found.</source>
        <translation>Nenhuma câmera encontrada.</translation>
    </message>
    <message>
        <source>Camera {name} could not be opened: another app may be using it.</source>
        <translation>Não foi possível abrir a câmera {name}: outro aplicativo pode estar usando.</translation>
    </message>
    <message>
        <source>Camera {name} opened but gives no picture.</source>
        <translation>A câmera {name} abriu, mas não envia imagem.</translation>
    </message>
    <message>
        <source>No camera found: showing the demo scene. Plug one in and pick it under Sources.</source>
        <translation>Nenhuma câmera encontrada: mostrando a cena de demonstração. Conecte uma e escolha em Fontes.</translation>
    </message>
    <message>
        <source>{reason} Showing the demo scene instead.</source>
        <translation>{reason} Mostrando a cena de demonstração no lugar.</translation>
    </message>
    <message>
        <source>No microphone found: recording silence. Plug one in and pick it under Sources.</source>
        <translation>Nenhum microfone encontrado: gravando silêncio. Conecte um e escolha em Fontes.</translation>
    </message>
    <message>
        <source>{reason} Recording silence instead.</source>
        <translation>{reason} Gravando silêncio no lugar.</translation>
    </message>
    <message>
        <source>The video file {name} does not exist.</source>
        <translation>O arquivo de vídeo {name} não existe.</translation>
    </message>
    <message>
        <source>The video file {name} could not be decoded.</source>
        <translation>Não foi possível decodificar o arquivo de vídeo {name}.</translation>
    </message>
    <message>
        <source>The video file {name} has ended.</source>
        <translation>O arquivo de vídeo {name} terminou.</translation>
    </message>
    <message>
        <source>Sound capture is off: the PortAudio library is not installed (on Debian/Ubuntu: apt-get install libportaudio2).</source>
        <translation>A captura de som está desligada: a biblioteca PortAudio não está instalada (no Debian/Ubuntu: apt-get install libportaudio2).</translation>
    </message>
    <message>
        <source>Sound capture is off: the sounddevice package is not installed.</source>
        <translation>A captura de som está desligada: o pacote sounddevice não está instalado.</translation>
    </message>
    <message>
        <source>Sound capture is off.</source>
        <translation>A captura de som está desligada.</translation>
    </message>
    <message>
        <source>No microphone found.</source>
        <translation>Nenhum microfone encontrado.</translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened: another app may be using it.</source>
        <translation>Não foi possível abrir o microfone “{name}”: outro aplicativo pode estar usando.</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped: viewers hear silence until it is back.</source>
        <translation>O microfone “{name}” parou: os espectadores ouvem silêncio até ele voltar.</translation>
    </message>
    <message>
        <source>The microphone “{name}” is back.</source>
        <translation>O microfone “{name}” voltou.</translation>
    </message>
    <message>
        <source>{name} stopped delivering pictures.</source>
        <translation>{name} parou de enviar imagem.</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Silêncio</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>Cena de demonstração</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>Tom de demonstração</translation>
    </message>
    <message>
        <source>{title} is sold out; set its stock before starting a sale.</source>
        <translation>{title} está esgotado; defina o estoque antes de iniciar uma oferta relâmpago.</translation>
    </message>
    <message>
        <source>The show names products the catalogue does not have: {ids}. Next and previous skip them.</source>
        <translation>O roteiro cita produtos que o catálogo não tem: {ids}. Próximo e anterior os pulam.</translation>
    </message>
    <message>
        <source>Pin a product, or choose one, to start a flash sale.</source>
        <translation>Fixe ou escolha um produto para iniciar uma oferta relâmpago.</translation>
    </message>
    <message>
        <source>There is no product {id} in the catalogue.</source>
        <translation>Não há produto {id} no catálogo.</translation>
    </message>
    <message>
        <source>Give {title} a sale price first.</source>
        <translation>Primeiro defina um preço de oferta para {title}.</translation>
    </message>
    <message>
        <source>The sale price {price} is not a number.</source>
        <translation>O preço de oferta {price} não é um número.</translation>
    </message>
    <message>
        <source>The sale price of {title} must be below its price now ({price}).</source>
        <translation>O preço de oferta de {title} deve ser menor que o preço atual ({price}).</translation>
    </message>
    <message>
        <source>The flash sale on {title} sold out.</source>
        <translation>A oferta relâmpago de {title} esgotou.</translation>
    </message>
    <message>
        <source>The flash sale on {title} ended.</source>
        <translation>A oferta relâmpago de {title} terminou.</translation>
    </message>
    <message>
        <source>The recordings folder {folder} cannot be written: choose another one in Settings.</source>
        <translation>Não é possível gravar na pasta de gravações {folder}: escolha outra em Configurações.</translation>
    </message>
    <message>
        <source>The disk is full ({free} MB free): free some space or choose another recordings folder in Settings.</source>
        <translation>O disco está cheio ({free} MB livres): libere espaço ou escolha outra pasta de gravações em Configurações.</translation>
    </message>
    <message>
        <source>The recording {name} cannot be written: choose another recordings folder in Settings.</source>
        <translation>Não é possível gravar {name}: escolha outra pasta de gravações em Configurações.</translation>
    </message>
    <message>
        <source>The recording stopped: the file could not be written any more. What was recorded until now is saved in {name}.</source>
        <translation>A gravação parou: não é mais possível gravar no arquivo. O que foi gravado até agora está salvo em {name}.</translation>
    </message>
    <message>
        <source>The disk is almost full, so the recording stopped; the show goes on. What was recorded until now is saved in {name}: free some space to record again.</source>
        <translation>O disco está quase cheio, então a gravação parou; a live continua. O que foi gravado até agora está salvo em {name}: libere espaço para gravar de novo.</translation>
    </message>
    <message>
        <source>{reason} Viewers see “Be right back” until the picture is back, or pick another under Sources.</source>
        <translation>{reason} Os espectadores veem “Já voltamos” até a imagem voltar, ou escolha outra em Fontes.</translation>
    </message>
    <message>
        <source>{name} is back on the picture.</source>
        <translation>{name} voltou para a imagem.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Previous message</source>
        <translation>Mensagem anterior</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
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
        <translation>O que seus espectadores veem</translation>
    </message>
    <message>
        <source>Program preview</source>
        <translation>Prévia do programa</translation>
    </message>
    <message>
        <source>Starting the picture…</source>
        <translation>Iniciando a imagem…</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
</context>
<context>
    <name>ProductsDock</name>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>Import catalogue…</source>
        <translation>Importar catálogo…</translation>
    </message>
    <message>
        <source>Load products from a CSV, Excel (.xlsx) or JSON file, or a TikTok Shop, Shopee or Lazada export</source>
        <translation>Carregar produtos de um arquivo CSV, Excel (.xlsx) ou JSON, ou de uma exportação do TikTok Shop, Shopee ou Lazada</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>Buscar por nome ou id</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar produtos</translation>
    </message>
    <message>
        <source>Show only the products whose name or id contains this text</source>
        <translation>Mostrar só os produtos cujo nome ou id contém este texto</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>Na tela</translation>
    </message>
    <message>
        <source>Double-click a product, or press Enter, to show its card on screen</source>
        <translation>Clique duas vezes em um produto, ou pressione Enter, para mostrar o card na tela</translation>
    </message>
    <message>
        <source>Try with demo products</source>
        <translation>Testar com produtos de demonstração</translation>
    </message>
    <message>
        <source>Load seven sample products and pin the first one on screen</source>
        <translation>Carrega sete produtos de exemplo e mostra o primeiro na tela</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the selected product&apos;s card on screen (Ctrl+1…9 pins the first nine products shown)</source>
        <translation>Mostra o card do produto selecionado na tela (Ctrl+1…9 mostra os nove primeiros da lista)</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Tirar</translation>
    </message>
    <message>
        <source>Take the product card off screen (Esc)</source>
        <translation>Tirar o card do produto da tela (Esc)</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>Superior esquerdo</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>Superior direito</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Inferior esquerdo</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Inferior direito</translation>
    </message>
    <message>
        <source>The corner of the picture where the product card sits</source>
        <translation>O canto da imagem onde fica o card do produto</translation>
    </message>
    <message>
        <source>Card corner</source>
        <translation>Canto do card</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the flash sale lasts ({low}–{high} seconds)</source>
        <translation>Quanto tempo dura a oferta relâmpago ({low}–{high} segundos)</translation>
    </message>
    <message>
        <source>Flash sale length</source>
        <translation>Duração da oferta relâmpago</translation>
    </message>
    <message>
        <source>Start flash sale</source>
        <translation>Iniciar oferta relâmpago</translation>
    </message>
    <message>
        <source>Show a flash-sale countdown on screen</source>
        <translation>Mostrar na tela a contagem da oferta relâmpago</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Card:</translation>
    </message>
    <message>
        <source>Flash sale:</source>
        <translation>Oferta relâmpago:</translation>
    </message>
    <message>
        <source>Import a product catalogue</source>
        <translation>Importar um catálogo de produtos</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx *.json);;All files (*)</source>
        <translation>Catálogos (*.csv *.xlsx *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>No catalogue yet. Import a CSV, Excel or JSON file with id, title, price and currency columns (image, url, stock and original_price are optional), or a product export from TikTok Shop, Shopee or Lazada.</source>
        <translation>Ainda não há catálogo. Importe um arquivo CSV, Excel ou JSON com as colunas id, title, price e currency (image, url, stock e original_price são opcionais), ou uma exportação de produtos do TikTok Shop, Shopee ou Lazada.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produto</numerusform>
            <numerusform>%n produtos</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns read as a {layout} file</source>
        <translation>Colunas lidas como um arquivo do {layout}</translation>
    </message>
    <message>
        <source>Columns as you chose them for files like this one</source>
        <translation>Colunas como você escolheu para arquivos como este</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Esgotado</translation>
    </message>
    <message numerus="yes">
        <source>Only %n left</source>
        <translation>
            <numerusform>Só resta %n</numerusform>
            <numerusform>Só restam %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n em estoque</numerusform>
            <numerusform>%n em estoque</numerusform>
        </translation>
    </message>
    <message>
        <source>Id: {id}</source>
        <translation>Id: {id}</translation>
    </message>
    <message>
        <source>No picture: the card shows a placeholder.</source>
        <translation>Sem imagem: o card mostra uma imagem provisória.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n linha ignorada</numerusform>
            <numerusform>%n linhas ignoradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n observação</numerusform>
            <numerusform>%n observações</numerusform>
        </translation>
    </message>
    <message>
        <source>(hover for details)</source>
        <translation>(passe o mouse para ver detalhes)</translation>
    </message>
    <message>
        <source>This catalogue has no usable products. Fix the rows listed below and import it again.</source>
        <translation>Este catálogo não tem produtos utilizáveis. Corrija as linhas listadas abaixo e importe de novo.</translation>
    </message>
    <message>
        <source>No product matches “{text}”.</source>
        <translation>Nenhum produto corresponde a “{text}”.</translation>
    </message>
</context>
<context>
    <name>QualityDock</name>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Connection meters for your upload, each co-host and your viewers appear here when you go live.</source>
        <translation>Os medidores de conexão do seu envio, de cada coapresentador e dos seus espectadores aparecem aqui quando você entra ao vivo.</translation>
    </message>
    <message>
        <source>Graphs, last 2 minutes: round trip (blue, solid line), loss (red, dashed), bitrate (green, dotted).</source>
        <translation>Gráficos dos últimos 2 minutos: ida e volta (azul, linha contínua), perda (vermelho, tracejada), taxa de bits (verde, pontilhada).</translation>
    </message>
    <message>
        <source>What the adaptive encoder sends to the WHIP server now</source>
        <translation>O que o codificador adaptativo envia agora ao servidor WHIP</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envio</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Reconexões</translation>
    </message>
    <message>
        <source>Connected in</source>
        <translation>Conectado em</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Processamento</translation>
    </message>
    <message>
        <source>Skipped frames</source>
        <translation>Quadros pulados</translation>
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
        <translation>{ms:.1f} ms por quadro</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>{kbps} kbit/s at {height}p</source>
        <translation>{kbps} kbit/s em {height}p</translation>
    </message>
    <message>
        <source>The H.264 encoder for the live picture and the recording. Hardware encoders are tried at start; x264 runs on the processor when none of them works.</source>
        <translation>O codificador H.264 da imagem ao vivo e da gravação. Os codificadores por hardware são testados ao iniciar; se nenhum funcionar, o x264 roda no processador.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
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
        <translation>Indisponíveis neste computador: {names}</translation>
    </message>
</context>
<context>
    <name>QualityLevel</name>
    <message>
        <source>measuring…</source>
        <translation>medindo…</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excelente</translation>
    </message>
    <message>
        <source>good</source>
        <translation>boa</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>ruim</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>muito ruim</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caiu</translation>
    </message>
</context>
<context>
    <name>ReportOffer</name>
    <message>
        <source>Rehearsal report</source>
        <translation>Relatório do ensaio</translation>
    </message>
    <message>
        <source>Make the rehearsal report for {name}? It shows light, sound, products and comments over time, with what to change.</source>
        <translation>Gerar o relatório do ensaio de {name}? Ele mostra luz, som, produtos e comentários ao longo do tempo, com o que mudar.</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>Gerar relatório</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Analysing {name}…</source>
        <translation>Analisando {name}…</translation>
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
        <translation>Sem câmera: só áudio</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>Ainda sem imagem</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Atender</translation>
    </message>
    <message>
        <source>Pick up: the call runs beside the show, never in it</source>
        <translation>Atender: a chamada acontece ao lado da live, nunca dentro dela</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <source>Turn the call down; the buyer can leave you a message</source>
        <translation>Recusa a chamada; o comprador pode deixar uma mensagem</translation>
    </message>
    <message>
        <source>Waiting {time}</source>
        <translation>Aguardando há {time}</translation>
    </message>
</context>
<context>
    <name>RunOfShowDock</name>
    <message>
        <source>Run of show</source>
        <translation>Roteiro</translation>
    </message>
    <message>
        <source>Open show…</source>
        <translation>Abrir roteiro…</translation>
    </message>
    <message>
        <source>Open a run of show: its catalogue, queue, talking points and sales</source>
        <translation>Abrir um roteiro: catálogo, fila, pontos de fala e ofertas</translation>
    </message>
    <message>
        <source>Save show</source>
        <translation>Salvar roteiro</translation>
    </message>
    <message>
        <source>Save the queue, talking points and sales with the show (Ctrl+S)</source>
        <translation>Salvar a fila, os pontos de fala e as ofertas com a live (Ctrl+S)</translation>
    </message>
    <message>
        <source>Drag to change the order; double-click or press Enter to put a product on screen; Delete takes it out of the show</source>
        <translation>Arraste para mudar a ordem; clique duas vezes ou pressione Enter para pôr um produto na tela; Delete o tira do roteiro</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Adicionar produto</translation>
    </message>
    <message>
        <source>Put a catalogue product that is not in the show at its end</source>
        <translation>Pôr no fim um produto do catálogo que não está no roteiro</translation>
    </message>
    <message>
        <source>No products yet. Import a catalogue or open a show.</source>
        <translation>Ainda não há produtos. Importe um catálogo ou abra um roteiro.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Put the product before this one on screen (Ctrl+←)</source>
        <translation>Pôr na tela o produto anterior (Ctrl+←)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Próximo ▶</translation>
    </message>
    <message>
        <source>Put the next product in the queue on screen (Ctrl+→)</source>
        <translation>Pôr na tela o próximo produto da fila (Ctrl+→)</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Pontos de fala</translation>
    </message>
    <message>
        <source>What to say about this product: only you see this.</source>
        <translation>O que dizer sobre este produto: só você vê.</translation>
    </message>
    <message>
        <source>Your notes for this product, in large type. Viewers never see them.</source>
        <translation>Suas notas sobre este produto, em letra grande. O público nunca as vê.</translation>
    </message>
    <message>
        <source>Flash sale</source>
        <translation>Oferta relâmpago</translation>
    </message>
    <message>
        <source>Sale price</source>
        <translation>Preço de oferta</translation>
    </message>
    <message>
        <source>The price during the sale; the card shows the old price struck</source>
        <translation>O preço durante a oferta; o cartão mostra o preço antigo riscado</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>Units at the sale price</source>
        <translation>Unidades no preço de oferta</translation>
    </message>
    <message>
        <source>How many units sell at the sale price; the sale ends when they are claimed</source>
        <translation>Quantas unidades saem no preço de oferta; a oferta termina quando todas forem reservadas</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sale length</source>
        <translation>Duração da oferta</translation>
    </message>
    <message>
        <source>How long the sale lasts ({low}–{high} seconds)</source>
        <translation>Quanto tempo dura a oferta ({low}–{high} segundos)</translation>
    </message>
    <message>
        <source>Go to the next product</source>
        <translation>Ir para o próximo produto</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Tirar da tela</translation>
    </message>
    <message>
        <source>Stay on this product</source>
        <translation>Ficar neste produto</translation>
    </message>
    <message>
        <source>When the sale ends</source>
        <translation>Quando a oferta terminar</translation>
    </message>
    <message>
        <source>What happens when the time is up or the units are sold</source>
        <translation>O que acontece quando o tempo acaba ou as unidades são vendidas</translation>
    </message>
    <message>
        <source>Start sale</source>
        <translation>Iniciar oferta</translation>
    </message>
    <message>
        <source>Put this product on screen at the sale price with a countdown</source>
        <translation>Pôr este produto na tela no preço de oferta com contagem regressiva</translation>
    </message>
    <message>
        <source>Stop sale</source>
        <translation>Parar oferta</translation>
    </message>
    <message>
        <source>End the sale now: the price goes back, the product stays</source>
        <translation>Encerrar a oferta agora: o preço volta, o produto continua</translation>
    </message>
    <message>
        <source>Sale price:</source>
        <translation>Preço de oferta:</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Unidades:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Duração:</translation>
    </message>
    <message>
        <source>When it ends:</source>
        <translation>Ao terminar:</translation>
    </message>
    <message>
        <source>Open a show</source>
        <translation>Abrir um roteiro</translation>
    </message>
    <message>
        <source>Shows (*.json);;All files (*)</source>
        <translation>Roteiros (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Save the show</source>
        <translation>Salvar o roteiro</translation>
    </message>
    <message>
        <source>Shows (*.json)</source>
        <translation>Roteiros (*.json)</translation>
    </message>
    <message>
        <source>Put on screen</source>
        <translation>Pôr na tela</translation>
    </message>
    <message>
        <source>Remove from the show</source>
        <translation>Tirar do roteiro</translation>
    </message>
    <message>
        <source>Every product is in the show</source>
        <translation>Todos os produtos estão no roteiro</translation>
    </message>
    <message>
        <source>On screen</source>
        <translation>Na tela</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>não está no catálogo</translation>
    </message>
    <message>
        <source>Talking points: {title}</source>
        <translation>Pontos de fala: {title}</translation>
    </message>
    <message>
        <source>Now {price}</source>
        <translation>Agora {price}</translation>
    </message>
    <message>
        <source>The sale price “{text}” is not a number.</source>
        <translation>O preço de oferta “{text}” não é um número.</translation>
    </message>
    <message>
        <source>Sale on {title}: {price}</source>
        <translation>Oferta de {title}: {price}</translation>
    </message>
    <message>
        <source>{clock} left</source>
        <translation>faltam {clock}</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) left</source>
        <translation>
            <numerusform>resta %n unidade</numerusform>
            <numerusform>restam %n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>New show</source>
        <translation>Roteiro novo</translation>
    </message>
    <message>
        <source>Not saved yet: Save show keeps the queue with the show</source>
        <translation>Ainda não salvo: Salvar roteiro guarda a fila</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Som</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Gravação</translation>
    </message>
    <message>
        <source>Going live</source>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Picture source</source>
        <translation>Fonte da imagem</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <source>Picture width</source>
        <translation>Largura da imagem</translation>
    </message>
    <message>
        <source>Picture height</source>
        <translation>Altura da imagem</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Taxa de quadros</translation>
    </message>
    <message>
        <source>frames per second</source>
        <translation>quadros por segundo</translation>
    </message>
    <message>
        <source>Prices and dates in the picture</source>
        <translation>Preços e datas na imagem</translation>
    </message>
    <message>
        <source>locale for prices and dates drawn into the picture, e.g. en_US, zh_CN, id_ID, pt_BR</source>
        <translation>localidade dos preços e datas desenhados na imagem, ex.: en_US, zh_CN, id_ID, pt_BR</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>Ganho do microfone</translation>
    </message>
    <message>
        <source>Recordings folder</source>
        <translation>Pasta de gravações</translation>
    </message>
    <message>
        <source>where rehearsals are saved</source>
        <translation>onde os ensaios são salvos</translation>
    </message>
    <message>
        <source>Recording speed preset</source>
        <translation>Predefinição de velocidade da gravação</translation>
    </message>
    <message>
        <source>x264 preset for rehearsal recordings: faster presets use less processor, bigger files</source>
        <translation>predefinição x264 dos ensaios: as mais rápidas usam menos processador e geram arquivos maiores</translation>
    </message>
    <message>
        <source>Recording quality (CRF)</source>
        <translation>Qualidade da gravação (CRF)</translation>
    </message>
    <message>
        <source>x264 constant rate factor: lower is better quality and bigger files</source>
        <translation>fator de qualidade constante do x264: quanto menor, melhor a qualidade e maior o arquivo</translation>
    </message>
    <message>
        <source>Adapt the upload to the connection</source>
        <translation>Adaptar o envio à conexão</translation>
    </message>
    <message>
        <source>let the live encode follow the uplink (bitrate, then 1080p, 720p, 540p, 360p)</source>
        <translation>a codificação ao vivo acompanha a conexão de envio (primeiro a taxa de bits, depois 1080p, 720p, 540p, 360p)</translation>
    </message>
    <message>
        <source>Port of the studio&apos;s own server</source>
        <translation>Porta do servidor próprio do estúdio</translation>
    </message>
    <message>
        <source>port of the embedded server (viewer page, WHIP/WHEP); 0 lets the system choose</source>
        <translation>porta do servidor embutido (página de exibição, WHIP/WHEP); 0 deixa o sistema escolher</translation>
    </message>
    <message>
        <source>Comment files folder</source>
        <translation>Pasta de arquivos de comentários</translation>
    </message>
    <message>
        <source>your own intents.toml, answers.toml, rules.toml and blocked-words.txt; read when the folder exists</source>
        <translation>seus próprios intents.toml, answers.toml, rules.toml e blocked-words.txt; lidos quando a pasta existe</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>the window&apos;s language; empty follows the system</source>
        <translation>o idioma da janela; vazio segue o sistema</translation>
    </message>
    <message>
        <source>First-run tour seen</source>
        <translation>Tour inicial visto</translation>
    </message>
    <message>
        <source>Show safe areas</source>
        <translation>Mostrar áreas seguras</translation>
    </message>
    <message>
        <source>title-safe margins and the 9:16 crop over the preview</source>
        <translation>margens seguras de título e o recorte 9:16 sobre a prévia</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Settings are saved in {settings}; logs are kept in {logs}.</source>
        <translation>As configurações ficam em {settings}; os registros, em {logs}.</translation>
    </message>
</context>
<context>
    <name>SlotCard</name>
    <message>
        <source>Their microphone level</source>
        <translation>Nível do microfone dele</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Silence this co-host in the program (they stay on screen)</source>
        <translation>Silenciar este coapresentador no programa (ele continua na tela)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Take this co-host off the show; their link stops working</source>
        <translation>Tirar este coapresentador da live; o link dele para de funcionar</translation>
    </message>
    <message>
        <source>Slot {n}</source>
        <translation>Posição {n}</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vazio</translation>
    </message>
    <message>
        <source>{n}. {name}</source>
        <translation>{n}. {name}</translation>
    </message>
    <message>
        <source>Reconnecting… (slot held for 30 s)</source>
        <translation>Reconectando… (posição reservada por 30 s)</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ativar som</translation>
    </message>
    <message>
        <source>Link: no picture yet</source>
        <translation>Conexão: ainda sem imagem</translation>
    </message>
    <message>
        <source>good</source>
        <translation>boa</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>ruim</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>sem imagem</translation>
    </message>
    <message>
        <source>Link: {quality} · {fps:.0f} fps</source>
        <translation>Conexão: {quality} · {fps:.0f} fps</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) received</source>
        <translation>
            <numerusform>%n quadro recebido</numerusform>
            <numerusform>%n quadros recebidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesDock</name>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>The picture: a camera, the demo scene or a video file</source>
        <translation>A imagem: uma câmera, a cena de demonstração ou um arquivo de vídeo</translation>
    </message>
    <message>
        <source>{w}×{h} (portrait 9:16)</source>
        <translation>{w}×{h} (retrato 9:16)</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>Tamanho da imagem</translation>
    </message>
    <message>
        <source>{fps} fps</source>
        <translation>{fps} fps</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Taxa de quadros</translation>
    </message>
    <message>
        <source>Both shapes</source>
        <translation>Os dois formatos</translation>
    </message>
    <message>
        <source>Also make the other shape (9:16 for phones, or 16:9) at the same time</source>
        <translation>Gera também o outro formato (9:16 para celulares, ou 16:9) ao mesmo tempo</translation>
    </message>
    <message>
        <source>Follow my face</source>
        <translation>Seguir meu rosto</translation>
    </message>
    <message>
        <source>Keep your face in the upper third of the picture as you move</source>
        <translation>Mantém seu rosto no terço superior da imagem enquanto você se move</translation>
    </message>
    <message>
        <source>Zoom in on the camera picture</source>
        <translation>Aproxima a imagem da câmera</translation>
    </message>
    <message>
        <source>Move the picture left or right (when not following your face)</source>
        <translation>Move a imagem para a esquerda ou direita (quando não está seguindo seu rosto)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Deslocar</translation>
    </message>
    <message>
        <source>Microphone gain in dB</source>
        <translation>Ganho do microfone em dB</translation>
    </message>
    <message>
        <source>Microphone gain</source>
        <translation>Ganho do microfone</translation>
    </message>
    <message>
        <source>Clipping: lower the microphone gain.</source>
        <translation>Estourando: diminua o ganho do microfone.</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Enquadramento</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <source>Mic gain</source>
        <translation>Ganho do mic</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Demo scene</source>
        <translation>Cena de demonstração</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Arquivo de vídeo…</translation>
    </message>
    <message>
        <source>Camera {spec}</source>
        <translation>Câmera {spec}</translation>
    </message>
    <message>
        <source>Default microphone</source>
        <translation>Microfone padrão</translation>
    </message>
    <message>
        <source>Demo tone</source>
        <translation>Tom de demonstração</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Sem microfone</translation>
    </message>
    <message>
        <source>Choose a video file</source>
        <translation>Escolher um arquivo de vídeo</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.mov *.webm *.avi);;All files (*)</source>
        <translation>Vídeos (*.mp4 *.mkv *.mov *.webm *.avi);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abrindo…</translation>
    </message>
    <message>
        <source>{gain:+d} dB</source>
        <translation>{gain:+d} dB</translation>
    </message>
    <message>
        <source>The picture is gone: viewers see “Be right back” until it returns.</source>
        <translation>A imagem caiu: os espectadores veem “Já voltamos” até ela voltar.</translation>
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
        <translation>Controles da live</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>WHIP server…</source>
        <translation>Servidor WHIP…</translation>
    </message>
    <message>
        <source>Serve the show from this computer: viewers open the watch page in a browser.</source>
        <translation>Transmite deste computador: os espectadores abrem a página da live no navegador.</translation>
    </message>
    <message>
        <source>Publish to any WHIP server (OBS-compatible services, LiveKit, Cloudflare, MediaMTX…).</source>
        <translation>Publica em qualquer servidor WHIP (serviços compatíveis com OBS, LiveKit, Cloudflare, MediaMTX…).</translation>
    </message>
    <message>
        <source>Platforms only</source>
        <translation>Só plataformas</translation>
    </message>
    <message>
        <source>Send the show only to your RTMP destinations (TikTok, Shopee, Lazada, YouTube, Facebook…).</source>
        <translation>Envia a live só para seus destinos RTMP (TikTok, Shopee, Lazada, YouTube, Facebook…).</translation>
    </message>
    <message>
        <source>Where Go Live sends your show</source>
        <translation>Para onde “Entrar ao vivo” envia sua live</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Destinations…</source>
        <translation>Destinos…</translation>
    </message>
    <message>
        <source>Platforms Go Live also sends the show to over RTMP(S): TikTok, Shopee, Lazada, YouTube…</source>
        <translation>Plataformas para onde “Entrar ao vivo” também envia a live por RTMP(S): TikTok, Shopee, Lazada, YouTube…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Measure the upload to the chosen target (about 10 s) and get a recommended quality</source>
        <translation>Mede o envio até o destino escolhido (cerca de 10 s) e recomenda uma qualidade</translation>
    </message>
    <message>
        <source>Go Live</source>
        <translation>Entrar ao vivo</translation>
    </message>
    <message>
        <source>Start the show (Ctrl+L)</source>
        <translation>Começar a live (Ctrl+L)</translation>
    </message>
    <message>
        <source>How your show&apos;s connection is doing</source>
        <translation>Como está a conexão da sua live</translation>
    </message>
    <message>
        <source>People watching now</source>
        <translation>Pessoas assistindo agora</translation>
    </message>
    <message>
        <source>Rehearse</source>
        <translation>Ensaiar</translation>
    </message>
    <message>
        <source>Record the program to a file without going live (Ctrl+R)</source>
        <translation>Grava o programa em um arquivo sem entrar ao vivo (Ctrl+R)</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Saída:</translation>
    </message>
    <message>
        <source>Cancel ({seconds})</source>
        <translation>Cancelar ({seconds})</translation>
    </message>
    <message>
        <source>End Live</source>
        <translation>Encerrar ao vivo</translation>
    </message>
    <message>
        <source>End the show (Ctrl+L)</source>
        <translation>Encerrar a live (Ctrl+L)</translation>
    </message>
    <message>
        <source>Platforms {live}/{total} live</source>
        <translation>Plataformas {live}/{total} ao vivo</translation>
    </message>
    <message>
        <source>Destinations ({n})</source>
        <translation>Destinos ({n})</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Connection: {level}</source>
        <translation>Conexão: {level}</translation>
    </message>
    <message numerus="yes">
        <source>%n watching</source>
        <translation>
            <numerusform>%n assistindo</numerusform>
            <numerusform>%n assistindo</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Parar gravação</translation>
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
        <translation>AO VIVO {elapsed}</translation>
    </message>
    <message>
        <source>● REC {elapsed}</source>
        <translation>● GRAV {elapsed}</translation>
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
        <translation>Sala silenciosa</translation>
    </message>
    <message>
        <source>Noisy market</source>
        <translation>Feira barulhenta</translation>
    </message>
    <message>
        <source>Headphones</source>
        <translation>Fones de ouvido</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Normal is gentle and never thins your voice; strong removes fans, traffic and hum, but can thin your voice when people talk right beside you</source>
        <translation>Normal é suave e nunca afina sua voz; forte remove ventilador, trânsito e zumbido, mas pode afinar sua voz quando alguém fala bem ao seu lado</translation>
    </message>
    <message>
        <source>Cancel echo from the speakers</source>
        <translation>Cancelar o eco dos alto-falantes</translation>
    </message>
    <message>
        <source>I wear headphones</source>
        <translation>Uso fones de ouvido</translation>
    </message>
    <message>
        <source>With headphones nothing comes back into the microphone, so echo cancellation stays off.</source>
        <translation>Com fones de ouvido nada volta para o microfone, então o cancelamento de eco fica desligado.</translation>
    </message>
    <message>
        <source>Keep my voice at a steady level</source>
        <translation>Manter minha voz num nível estável</translation>
    </message>
    <message>
        <source>Mute the room between sentences</source>
        <translation>Silenciar o ambiente entre as frases</translation>
    </message>
    <message>
        <source>Before cleaning</source>
        <translation>Antes da limpeza</translation>
    </message>
    <message>
        <source>After cleaning</source>
        <translation>Depois da limpeza</translation>
    </message>
    <message>
        <source>Hear yourself on headphones, as the microphone hears you or as your viewers will</source>
        <translation>Ouça a si mesmo nos fones, como o microfone ouve você ou como seus espectadores vão ouvir</translation>
    </message>
    <message>
        <source>Microphone level before cleaning</source>
        <translation>Nível do microfone antes da limpeza</translation>
    </message>
    <message>
        <source>Voice level after cleaning</source>
        <translation>Nível da voz depois da limpeza</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Predefinição</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruído</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Ouvir</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>Your microphone is clipping: turn its input volume down.</source>
        <translation>Seu microfone está estourando: abaixe o volume de entrada dele.</translation>
    </message>
    <message>
        <source>Close to clipping: turn the microphone&apos;s input volume down a little.</source>
        <translation>Quase estourando: abaixe um pouco o volume de entrada do microfone.</translation>
    </message>
    <message>
        <source>Cancelling the echo of your co-hosts.</source>
        <translation>Cancelando o eco dos seus coapresentadores.</translation>
    </message>
</context>
<context>
    <name>WaitingRow</name>
    <message>
        <source>No picture yet</source>
        <translation>Ainda sem imagem</translation>
    </message>
    <message>
        <source>asks to join</source>
        <translation>pede para entrar</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>Put {name} on stage in the next free slot</source>
        <translation>Colocar {name} no palco na próxima posição livre</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <source>Turn the request down; they are told so</source>
        <translation>Recusar o pedido; a pessoa é avisada</translation>
    </message>
</context>
<context>
    <name>WhipTargetDialog</name>
    <message>
        <source>Publish to a WHIP server</source>
        <translation>Publicar em um servidor WHIP</translation>
    </message>
    <message>
        <source>Bearer token or stream key (optional)</source>
        <translation>Token bearer ou chave de transmissão (opcional)</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>Lembrar o token no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL do servidor</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https:// or http://.</source>
        <translation>Digite o endereço do servidor, começando com https:// ou http://.</translation>
    </message>
</context>
</TS>
