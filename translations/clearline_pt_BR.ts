<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language is used from the next time ClearLine starts.</source>
        <translation>O novo idioma será usado na próxima vez que o ClearLine for iniciado.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up ClearLine</source>
        <translation>Configurar o ClearLine</translation>
    </message>
    <message>
        <source>Welcome. Tell ClearLine who you are. Everything you file is signed in your name with a key that ClearLine makes for you now and keeps on this computer.</source>
        <translation>Bem-vindo. Diga ao ClearLine quem você é. Tudo o que você arquivar é assinado em seu nome com uma chave que o ClearLine cria agora para você e guarda neste computador.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nome e sobrenome</translation>
    </message>
    <message>
        <source>District &amp;e-mail:</source>
        <translation>&amp;E-mail do distrito:</translation>
    </message>
    <message>
        <source>District e-mail</source>
        <translation>E-mail do distrito</translation>
    </message>
    <message>
        <source>name@yourdistrict.org</source>
        <translation>nome@seudistrito.org</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Sua &amp;função:</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Sua função</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>O que corrigir</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Distrito:</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>E&amp;scola:</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escola</translation>
    </message>
</context>
<context>
    <name>clearline::cli::AckCommand</name>
    <message>
        <source>sign that you read this school year&apos;s policy (--status: whether it is still to do)</source>
        <translation>assinar que você leu a política deste ano letivo (--status: se ainda está pendente)</translation>
    </message>
    <message>
        <source>Only say whether this school year&apos;s acknowledgment is done.</source>
        <translation>Só informar se a confirmação de leitura deste ano letivo já foi feita.</translation>
    </message>
    <message>
        <source>Use &apos;clearline ack&apos; or &apos;clearline ack --status&apos;.</source>
        <translation>Use &apos;clearline ack&apos; ou &apos;clearline ack --status&apos;.</translation>
    </message>
    <message>
        <source>You acknowledged the policy for this school year.</source>
        <translation>Você já confirmou a leitura da política deste ano letivo.</translation>
    </message>
    <message>
        <source>Still to do: %1, by %2.</source>
        <translation>Pendente: %1, até %2.</translation>
    </message>
    <message>
        <source>Still to do: %1.</source>
        <translation>Pendente: %1.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy does not ask for a yearly acknowledgment; you may still record one with &apos;clearline ack&apos;.</source>
        <translation>A política do seu distrito não pede uma confirmação de leitura anual; mesmo assim, você pode registrar uma com &apos;clearline ack&apos;.</translation>
    </message>
    <message>
        <source>Signed: you read %1 for the school year %2.</source>
        <translation>Assinado: você leu %1 para o ano letivo %2.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::CommandLine</name>
    <message>
        <source>%1
See &apos;clearline --help&apos; for what ClearLine understands.</source>
        <translation>%1
Veja &apos;clearline --help&apos; para saber o que o ClearLine entende.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--profile needs a folder, for example --profile ~/clearline-test.</source>
        <translation>--profile precisa de uma pasta, por exemplo --profile ~/clearline-teste.</translation>
    </message>
    <message>
        <source>
Exit status: 0 done, 1 the command failed, 2 the command was given wrongly.
</source>
        <translation>
Código de saída: 0 concluído, 1 o comando falhou, 2 o comando foi dado de forma errada.
</translation>
    </message>
    <message>
        <source>Usage: clearline [--profile DIR]
       clearline COMMAND [OPTIONS]

Without a command, ClearLine opens its window.

Options:
  --profile DIR   keep all of one person&apos;s data and settings in DIR
                  (default: the standard per-user folders)
  --authoring     for district IT: let unsigned policy packs load
  --version       print the version and quit
  --help          print this help and quit

Commands (each takes --profile DIR, --json and --help):
</source>
        <translation>Uso: clearline [--profile DIR]
       clearline COMANDO [OPÇÕES]

Sem um comando, o ClearLine abre sua janela.

Opções:
  --profile DIR   manter todos os dados e configurações de uma pessoa em DIR
                  (padrão: as pastas usuais de cada usuário)
  --authoring     para a TI do distrito: permitir carregar pacotes de política não assinados
  --version       imprimir a versão e sair
  --help          imprimir esta ajuda e sair

Comandos (todos aceitam --profile DIR, --json e --help):
</translation>
    </message>
</context>
<context>
    <name>clearline::cli::ContactCommand</name>
    <message>
        <source>log a contact with a student or family, checked against your district&apos;s policy</source>
        <translation>registrar um contato com um aluno ou uma família, verificado com a política do seu distrito</translation>
    </message>
    <message>
        <source>When it happened (ISO 8601; default now).</source>
        <translation>Quando aconteceu (ISO 8601; padrão: agora).</translation>
    </message>
    <message>
        <source>The person&apos;s initials.</source>
        <translation>As iniciais da pessoa.</translation>
    </message>
    <message>
        <source>The student&apos;s roster id.</source>
        <translation>O número de matrícula do aluno.</translation>
    </message>
    <message>
        <source>students or parents.</source>
        <translation>students ou parents.</translation>
    </message>
    <message>
        <source>The channel used.</source>
        <translation>O meio usado.</translation>
    </message>
    <message>
        <source>educational, scheduling, safety or other.</source>
        <translation>educational, scheduling, safety ou other.</translation>
    </message>
    <message>
        <source>A summary, or the message text.</source>
        <translation>Um resumo, ou o texto da mensagem.</translation>
    </message>
    <message>
        <source>A copy went to your district account.</source>
        <translation>Uma cópia foi enviada para a sua conta do distrito.</translation>
    </message>
    <message>
        <source>The student may be at risk, neglected or harmed.</source>
        <translation>O aluno pode estar em risco, negligenciado ou machucado.</translation>
    </message>
    <message>
        <source>The student is your own child.</source>
        <translation>O aluno é seu próprio filho ou filha.</translation>
    </message>
    <message>
        <source>It was for a school-sponsored trip.</source>
        <translation>Foi por uma viagem patrocinada pela escola.</translation>
    </message>
    <message>
        <source>Use &apos;clearline contact log --with … --audience … --channel … --purpose …&apos;.</source>
        <translation>Use &apos;clearline contact log --with … --audience … --channel … --purpose …&apos;.</translation>
    </message>
    <message>
        <source>Contact logged (%1).</source>
        <translation>Contato registrado (%1).</translation>
    </message>
</context>
<context>
    <name>clearline::cli::Dispatcher</name>
    <message>
        <source>&quot;%1&quot; is not a ClearLine command. See &apos;clearline --help&apos;.</source>
        <translation>&quot;%1&quot; não é um comando do ClearLine. Veja &apos;clearline --help&apos;.</translation>
    </message>
    <message>
        <source>Keep all data and settings in DIR.</source>
        <translation>Manter todos os dados e configurações em DIR.</translation>
    </message>
    <message>
        <source>Print one JSON object, for scripts.</source>
        <translation>Imprimir um objeto JSON, para scripts.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>%1
See &apos;clearline %2 --help&apos;.</source>
        <translation>%1
Veja &apos;clearline %2 --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: clearline %1 %2</source>
        <translation>Uso: clearline %1 %2</translation>
    </message>
    <message>
        <source>--profile needs a folder.</source>
        <translation>--profile precisa de uma pasta.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::InitCommand</name>
    <message>
        <source>set up a profile: your identity, your signing key and your record ledger</source>
        <translation>configurar um perfil: sua identidade, sua chave de assinatura e seu livro de registros</translation>
    </message>
    <message>
        <source>Your full name.</source>
        <translation>Seu nome completo.</translation>
    </message>
    <message>
        <source>Your district e-mail address.</source>
        <translation>Seu endereço de e-mail do distrito.</translation>
    </message>
    <message>
        <source>A role you hold (may be repeated).</source>
        <translation>Uma função que você exerce (pode ser repetida).</translation>
    </message>
    <message>
        <source>Your school&apos;s time zone (default: this computer&apos;s).</source>
        <translation>O fuso horário da sua escola (padrão: o deste computador).</translation>
    </message>
    <message>
        <source>&apos;clearline init&apos; takes no arguments besides its options.</source>
        <translation>&apos;clearline init&apos; não aceita argumentos além das suas opções.</translation>
    </message>
    <message>
        <source>Give your name and district e-mail: --name &quot;…&quot; --email …</source>
        <translation>Informe seu nome e seu e-mail do distrito: --name &quot;…&quot; --email …</translation>
    </message>
    <message>
        <source>Profile ready for %1 &lt;%2&gt;.</source>
        <translation>Perfil pronto para %1 &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>Impressão digital da chave: %1</translation>
    </message>
    <message>
        <source>Your private key is in the system key store.</source>
        <translation>Sua chave privada está no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Your private key is in %1, protected by your passphrase.</source>
        <translation>Sua chave privada está em %1, protegida pela sua frase secreta.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy pack: a shipped id or a pack.yaml file.</source>
        <translation>O pacote de política do seu distrito: o id de um pacote incluído com o ClearLine ou um arquivo pack.yaml.</translation>
    </message>
    <message>
        <source>Your school&apos;s id in the district&apos;s pack.</source>
        <translation>O id da sua escola no pacote do distrito.</translation>
    </message>
    <message>
        <source>The district policy %1 could not be read: %2</source>
        <translation>Não foi possível ler a política do distrito %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a school of %2; its schools are: %3</source>
        <translation>&quot;%1&quot; não é uma escola de %2; as escolas são: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role in %2&apos;s policy; its roles are: %3</source>
        <translation>&quot;%1&quot; não é uma função na política de %2; as funções são: %3</translation>
    </message>
    <message>
        <source>A school is one of your district&apos;s: give --district too.</source>
        <translation>Uma escola pertence ao seu distrito: informe também --district.</translation>
    </message>
</context>
<context>
    <name>clearline::cli::LedgerCommand</name>
    <message>
        <source>check, rebuild and back up your records (stats, verify, rebuild, backup --to FILE)</source>
        <translation>verificar, reconstruir e fazer backup dos seus registros (stats, verify, rebuild, backup --to ARQUIVO)</translation>
    </message>
    <message>
        <source>Where to write the backup.</source>
        <translation>Onde gravar o backup.</translation>
    </message>
    <message>
        <source>Verify this ledger file (a backup) instead of the profile&apos;s.</source>
        <translation>Verificar este arquivo de livro de registros (um backup) em vez do arquivo do perfil.</translation>
    </message>
    <message>
        <source>Use &apos;clearline ledger stats&apos;, &apos;verify&apos;, &apos;rebuild&apos; or &apos;backup --to FILE&apos;.</source>
        <translation>Use &apos;clearline ledger stats&apos;, &apos;verify&apos;, &apos;rebuild&apos; ou &apos;backup --to ARQUIVO&apos;.</translation>
    </message>
    <message>
        <source>Ledger: %1</source>
        <translation>Livro de registros: %1</translation>
    </message>
    <message>
        <source>Revisions: %1</source>
        <translation>Versões: %1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Registros: %1</translation>
    </message>
    <message>
        <source>Drafts: %1</source>
        <translation>Rascunhos: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Anexos: %1</translation>
    </message>
    <message>
        <source>Authors: %1</source>
        <translation>Autores: %1</translation>
    </message>
    <message>
        <source>The ledger</source>
        <translation>O livro de registros</translation>
    </message>
    <message>
        <source>Revision %1 (number %2)</source>
        <translation>Versão %1 (número %2)</translation>
    </message>
    <message>
        <source>Verification failed. %1: %2. (Problems found: %3; revisions checked: %4.)</source>
        <translation>A verificação falhou. %1: %2. (Problemas encontrados: %3; versões verificadas: %4.)</translation>
    </message>
    <message>
        <source>Say where to write the backup: --to FILE</source>
        <translation>Informe onde gravar o backup: --to ARQUIVO</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup gravado em %1.</translation>
    </message>
    <message>
        <source>Verified (revisions: %1, records: %2, authors: %3, attachments: %4). Every hash, chain link and signature is intact.</source>
        <translation>Verificado (versões: %1, registros: %2, autores: %3, anexos: %4). Todos os hashes, elos da cadeia e assinaturas estão intactos.</translation>
    </message>
    <message>
        <source>Rebuilt the query tables (revisions: %1, records: %2).</source>
        <translation>As tabelas de consulta foram reconstruídas (versões: %1, registros: %2).</translation>
    </message>
</context>
<context>
    <name>clearline::cli::MemoCommand</name>
    <message>
        <source>write, list and correct memos to file (add, list, show ID, correct ID)</source>
        <translation>escrever, listar e corrigir memorandos para arquivo (add, list, show ID, correct ID)</translation>
    </message>
    <message>
        <source>The memo&apos;s title.</source>
        <translation>O título do memorando.</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>O que aconteceu.</translation>
    </message>
    <message>
        <source>A file to attach (may be repeated).</source>
        <translation>Um arquivo para anexar (pode ser repetido).</translation>
    </message>
    <message>
        <source>Why a memo is corrected.</source>
        <translation>O motivo da correção do memorando.</translation>
    </message>
    <message>
        <source>Use &apos;clearline memo add --title … --text …&apos;, &apos;clearline memo list&apos;, &apos;clearline memo show ID&apos; or &apos;clearline memo correct ID --reason …&apos;.</source>
        <translation>Use &apos;clearline memo add --title … --text …&apos;, &apos;clearline memo list&apos;, &apos;clearline memo show ID&apos; ou &apos;clearline memo correct ID --reason …&apos;.</translation>
    </message>
    <message>
        <source>Memo filed: %1</source>
        <translation>Memorando arquivado: %1</translation>
    </message>
    <message>
        <source>No memos yet.</source>
        <translation>Ainda não há memorandos.</translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(corrigido)</translation>
    </message>
    <message>
        <source>Memo corrected: %1</source>
        <translation>Memorando corrigido: %1</translation>
    </message>
    <message>
        <source>Attached: %1 (%2, SHA-256 %3)</source>
        <translation>Anexo: %1 (%2, SHA-256 %3)</translation>
    </message>
</context>
<context>
    <name>clearline::cli::PolicyCommand</name>
    <message>
        <source>Show this clause and what cites it.</source>
        <translation>Mostrar esta cláusula e o que a cita.</translation>
    </message>
    <message>
        <source>%1: valid (%2: %3 clauses, %4 rules, %5 procedures)</source>
        <translation>%1: válido (%2: %3 cláusulas, %4 regras, %5 procedimentos)</translation>
    </message>
    <message>
        <source>%1: refused (mistakes found: %2)</source>
        <translation>%1: recusado (erros encontrados: %2)</translation>
    </message>
    <message>
        <source>%1 is not a valid pack: %2 (run &apos;clearline policy validate %1&apos;)</source>
        <translation>%1 não é um pacote válido: %2 (execute &apos;clearline policy validate %1&apos;)</translation>
    </message>
    <message>
        <source>%1 has no clause &quot;%2&quot;.</source>
        <translation>%1 não tem nenhuma cláusula &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>§ %1  %2</source>
        <translation>§ %1  %2</translation>
    </message>
    <message>
        <source>Cited by: %1</source>
        <translation>Citada por: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nenhuma regra nem procedimento</translation>
    </message>
    <message>
        <source>Procedures:</source>
        <translation>Procedimentos:</translation>
    </message>
    <message>
        <source>Where keygen writes the district&apos;s signing key.</source>
        <translation>Onde o keygen grava a chave de assinatura do distrito.</translation>
    </message>
    <message>
        <source>The district signing key that sign uses.</source>
        <translation>A chave de assinatura do distrito que o sign usa.</translation>
    </message>
    <message>
        <source>Use &apos;clearline policy validate PATH…&apos;, &apos;show PACK&apos;, &apos;keygen --out FILE&apos; or &apos;sign PACK --key FILE&apos;.</source>
        <translation>Use &apos;clearline policy validate CAMINHO…&apos;, &apos;show PACOTE&apos;, &apos;keygen --out ARQUIVO&apos; ou &apos;sign PACOTE --key ARQUIVO&apos;.</translation>
    </message>
    <message>
        <source>signature: %1</source>
        <translation>assinatura: %1</translation>
    </message>
    <message>
        <source>Say where to keep the district&apos;s signing key: --out FILE</source>
        <translation>Informe onde guardar a chave de assinatura do distrito: --out ARQUIVO</translation>
    </message>
    <message>
        <source>%1 exists already; ClearLine never overwrites a signing key.</source>
        <translation>%1 já existe; o ClearLine nunca sobrescreve uma chave de assinatura.</translation>
    </message>
    <message>
        <source>Protect the district&apos;s signing key with a passphrase of at least %1 characters in CLEARLINE_PASSPHRASE.</source>
        <translation>Proteja a chave de assinatura do distrito com uma frase secreta de pelo menos %1 caracteres em CLEARLINE_PASSPHRASE.</translation>
    </message>
    <message>
        <source>ClearLine could not write %1.</source>
        <translation>O ClearLine não conseguiu gravar %1.</translation>
    </message>
    <message>
        <source>District signing key written to %1.</source>
        <translation>Chave de assinatura do distrito gravada em %1.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (staff profiles trust packs signed with it after &apos;clearline settings set district_key %1&apos;).</source>
        <translation>Impressão digital: %1 (os perfis da equipe confiam nos pacotes assinados com ela depois de &apos;clearline settings set district_key %1&apos;).</translation>
    </message>
    <message>
        <source>Say which signing key to use: --key FILE</source>
        <translation>Informe qual chave de assinatura usar: --key ARQUIVO</translation>
    </message>
    <message>
        <source>%1 has mistakes, so ClearLine will not sign it: %2</source>
        <translation>%1 tem erros, então o ClearLine não vai assiná-lo: %2</translation>
    </message>
    <message>
        <source>ClearLine could not read the signing key %1.</source>
        <translation>O ClearLine não conseguiu ler a chave de assinatura %1.</translation>
    </message>
    <message>
        <source>%1 is not a signing key.</source>
        <translation>%1 não é uma chave de assinatura.</translation>
    </message>
    <message>
        <source>Signed %1 with the key %2.</source>
        <translation>%1 assinado com a chave %2.</translation>
    </message>
    <message>
        <source>check, read and sign district policy packs (validate, show, check, keygen, sign)</source>
        <translation>verificar, ler e assinar pacotes de política do distrito (validate, show, check, keygen, sign)</translation>
    </message>
    <message>
        <source>check: the channel used.</source>
        <translation>check: o meio usado.</translation>
    </message>
    <message>
        <source>check: students, parents or students-and-parents.</source>
        <translation>check: students, parents ou students-and-parents.</translation>
    </message>
    <message>
        <source>check: when (ISO 8601; default now).</source>
        <translation>check: quando (ISO 8601; padrão: agora).</translation>
    </message>
    <message>
        <source>check: a condition that holds (may be repeated).</source>
        <translation>check: uma condição que se aplica (pode ser repetida).</translation>
    </message>
    <message>
        <source>check: the student&apos;s grade (K = 0).</source>
        <translation>check: a série do aluno (K = 0).</translation>
    </message>
    <message>
        <source>%1 is not a valid pack: %2</source>
        <translation>%1 não é um pacote válido: %2</translation>
    </message>
    <message>
        <source>Give --channel (one of: %1) and --audience (one of: %2).</source>
        <translation>Informe --channel (um de: %1) e --audience (um de: %2).</translation>
    </message>
    <message>
        <source>--at takes a time like 2026-11-22T21:05:00-05:00.</source>
        <translation>--at precisa de um horário como 2026-11-22T21:05:00-05:00.</translation>
    </message>
    <message>
        <source>When: %1 in the district&apos;s time, %2.</source>
        <translation>Quando: %1 no horário do distrito, %2.</translation>
    </message>
    <message>
        <source>The policy says nothing about this channel for this audience.</source>
        <translation>A política não diz nada sobre este meio com este público.</translation>
    </message>
    <message>
        <source>Verdict: %1 (rule %2, § %3 %4)</source>
        <translation>Veredito: %1 (regra %2, § %3 %4)</translation>
    </message>
    <message>
        <source>Ask first with the procedure: %1</source>
        <translation>Peça autorização antes com o procedimento: %1</translation>
    </message>
</context>
<context>
    <name>clearline::cli::RequestCommand</name>
    <message>
        <source>ask for what the district&apos;s policy asks approval for (kinds, new, list, show, correct, withdraw)</source>
        <translation>solicitar o que a política do distrito exige aprovar (kinds, new, list, show, correct, withdraw)</translation>
    </message>
    <message>
        <source>An answer, as the field&apos;s id and its value (may be repeated).</source>
        <translation>Uma resposta, como o id do campo e o seu valor (pode ser repetida).</translation>
    </message>
    <message>
        <source>A checklist item that is true (may be repeated).</source>
        <translation>Um item da lista de verificação que é verdadeiro (pode ser repetido).</translation>
    </message>
    <message>
        <source>Sign and send the request; without it, a draft is saved.</source>
        <translation>Assinar e enviar a solicitação; sem esta opção, um rascunho é salvo.</translation>
    </message>
    <message>
        <source>Why a request is corrected or withdrawn.</source>
        <translation>O motivo da correção ou da retirada de uma solicitação.</translation>
    </message>
    <message>
        <source>Use &apos;clearline request kinds&apos;, &apos;request new KIND --field NAME=VALUE … [--submit]&apos;, &apos;request list&apos;, &apos;request show ID&apos;, &apos;request correct ID --reason …&apos; or &apos;request withdraw ID --reason …&apos;.</source>
        <translation>Use &apos;clearline request kinds&apos;, &apos;request new TIPO --field NOME=VALOR … [--submit]&apos;, &apos;request list&apos;, &apos;request show ID&apos;, &apos;request correct ID --reason …&apos; ou &apos;request withdraw ID --reason …&apos;.</translation>
    </message>
    <message>
        <source>  (optional)</source>
        <translation>  (opcional)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2; its fields are: %3</source>
        <translation>&quot;%1&quot; não é um campo de %2; os campos são: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the checklist of %2.</source>
        <translation>&quot;%1&quot; não está na lista de verificação de %2.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy has no request called &quot;%1&quot;; &apos;clearline request kinds&apos; lists them.</source>
        <translation>A política do seu distrito não tem nenhuma solicitação chamada &quot;%1&quot;; &apos;clearline request kinds&apos; mostra a lista.</translation>
    </message>
    <message>
        <source>Draft saved: %1</source>
        <translation>Rascunho salvo: %1</translation>
    </message>
    <message>
        <source>Request sent: %1</source>
        <translation>Solicitação enviada: %1</translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation>Ainda não há solicitações.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>%1 is not a request.</source>
        <translation>%1 não é uma solicitação.</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Rota:</translation>
    </message>
    <message>
        <source>Say why with --reason; it is kept with the correction.</source>
        <translation>Informe o motivo com --reason; ele fica guardado com a correção.</translation>
    </message>
    <message>
        <source>%1 is not a request under your district&apos;s current policy.</source>
        <translation>%1 não é uma solicitação segundo a política atual do seu distrito.</translation>
    </message>
    <message>
        <source>Request corrected: %1</source>
        <translation>Solicitação corrigida: %1</translation>
    </message>
    <message>
        <source>Say why with --reason; it is kept with the withdrawal.</source>
        <translation>Informe o motivo com --reason; ele fica guardado com a retirada.</translation>
    </message>
    <message>
        <source>Request withdrawn: %1</source>
        <translation>Solicitação retirada: %1</translation>
    </message>
</context>
<context>
    <name>clearline::cli::RevisionHistory</name>
    <message>
        <source>signed by key %1</source>
        <translation>assinada com a chave %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
    </message>
</context>
<context>
    <name>clearline::cli::SettingsCommand</name>
    <message>
        <source>show or change a profile&apos;s settings (list, get KEY, set KEY VALUE)</source>
        <translation>ver ou alterar as configurações de um perfil (list, get CHAVE, set CHAVE VALOR)</translation>
    </message>
    <message>
        <source>Use &apos;clearline settings list&apos;, &apos;clearline settings get KEY&apos; or &apos;clearline settings set KEY VALUE&apos;.</source>
        <translation>Use &apos;clearline settings list&apos;, &apos;clearline settings get CHAVE&apos; ou &apos;clearline settings set CHAVE VALOR&apos;.</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Arquivo de configurações: %1</translation>
    </message>
    <message>
        <source>Data folder:   %1</source>
        <translation>Pasta de dados:   %1</translation>
    </message>
</context>
<context>
    <name>clearline::contacts::ContactEntry</name>
    <message>
        <source>Say when the contact happened.</source>
        <translation>Informe quando o contato aconteceu.</translation>
    </message>
    <message>
        <source>Give the person&apos;s initials only (up to 8 letters), not their name.</source>
        <translation>Informe só as iniciais da pessoa (até 8 letras), não o nome.</translation>
    </message>
    <message>
        <source>Say whether it was a student or a parent or guardian.</source>
        <translation>Informe se foi um aluno ou um pai, mãe ou responsável.</translation>
    </message>
    <message>
        <source>Choose the channel: %1.</source>
        <translation>Escolha o meio: %1.</translation>
    </message>
    <message>
        <source>Choose the purpose: %1.</source>
        <translation>Escolha o motivo: %1.</translation>
    </message>
    <message>
        <source>Your district&apos;s policy does not allow this%1. It is logged as a self-report; your principal may want to hear about it.</source>
        <translation>A política do seu distrito não permite isto%1. Fica registrado como autorrelato; o seu diretor pode querer saber.</translation>
    </message>
    <message>
        <source>Your district asks you to begin with the parent or guardian%1.</source>
        <translation>O seu distrito pede que você comece pelo pai, pela mãe ou pelo responsável%1.</translation>
    </message>
    <message>
        <source>This needs approval first%1: use the request &quot;%2&quot;.</source>
        <translation>Isto precisa de aprovação antes%1: use o pedido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Your district discourages this%1; keep it to the purpose you logged.</source>
        <translation>O seu distrito desaconselha isto%1; limite-se ao motivo que você registrou.</translation>
    </message>
    <message>
        <source>You are a mandated reporter: tell your principal (or designee) now.</source>
        <translation>Você é obrigado a notificar: avise agora o seu diretor (ou quem o represente).</translation>
    </message>
    <message>
        <source>Forward a copy of the message to your district account.</source>
        <translation>Encaminhe uma cópia da mensagem para a sua conta do distrito.</translation>
    </message>
    <message>
        <source>You are a mandated reporter: tell your principal (or designee) now, and report to %1.</source>
        <translation>Você é obrigado a notificar: avise agora o seu diretor (ou quem o represente) e notifique %1.</translation>
    </message>
</context>
<context>
    <name>clearline::core::Languages</name>
    <message>
        <source>English</source>
        <comment>the name of the language you translate to, in that language</comment>
        <translation>português (Brasil)</translation>
    </message>
</context>
<context>
    <name>clearline::core::Profile</name>
    <message>
        <source>ClearLine cannot keep its data in %1 because a file has that name. Choose another folder.</source>
        <translation>O ClearLine não pode guardar seus dados em %1 porque um arquivo tem esse nome. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>ClearLine could not create the folder %1. Check that the disk is not full and that you may write there, or choose another folder.</source>
        <translation>O ClearLine não conseguiu criar a pasta %1. Verifique se o disco não está cheio e se você tem permissão para gravar ali, ou escolha outra pasta.</translation>
    </message>
    <message>
        <source>ClearLine may not write to the folder %1. Choose a folder of your own, or ask your IT staff for access.</source>
        <translation>O ClearLine não tem permissão para gravar na pasta %1. Escolha uma pasta sua ou peça acesso à equipe de TI.</translation>
    </message>
</context>
<context>
    <name>clearline::core::Settings</name>
    <message>
        <source>There is no setting called &quot;%1&quot;. The settings are: %2.</source>
        <translation>Não existe uma configuração chamada &quot;%1&quot;. As configurações são: %2.</translation>
    </message>
    <message>
        <source>ClearLine has no &quot;%1&quot; translation. Choose one of: %2, or leave it empty to follow the system.</source>
        <translation>O ClearLine não tem a tradução &quot;%1&quot;. Escolha uma destas: %2, ou deixe vazio para seguir o sistema.</translation>
    </message>
    <message>
        <source>ClearLine could not save your settings to %1. Check that the disk is not full and that you may write to that folder.</source>
        <translation>O ClearLine não conseguiu salvar suas configurações em %1. Verifique se o disco não está cheio e se você tem permissão para gravar nessa pasta.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged, so ClearLine did not change it. Rename or remove it and try again.</source>
        <translation>O arquivo de configurações %1 está danificado, então o ClearLine não o alterou. Renomeie ou remova o arquivo e tente de novo.</translation>
    </message>
</context>
<context>
    <name>clearline::crypto::Identity</name>
    <message>
        <source>This profile already belongs to someone; ClearLine never replaces a person&apos;s key. Use another profile folder.</source>
        <translation>Este perfil já pertence a alguém; o ClearLine nunca substitui a chave de uma pessoa. Use outra pasta de perfil.</translation>
    </message>
    <message>
        <source>A name and a district e-mail address are needed to make your identity.</source>
        <translation>São necessários um nome e um endereço de e-mail do distrito para criar sua identidade.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows.</source>
        <translation>&quot;%1&quot; não é um fuso horário que este computador conheça.</translation>
    </message>
    <message>
        <source>ClearLine could not save your identity in %1. Check that the disk is not full.</source>
        <translation>O ClearLine não conseguiu salvar sua identidade em %1. Verifique se o disco não está cheio.</translation>
    </message>
    <message>
        <source>This profile has no identity yet. Set it up first (in the window, or with &apos;clearline init&apos;).</source>
        <translation>Este perfil ainda não tem identidade. Configure-o primeiro (na janela ou com &apos;clearline init&apos;).</translation>
    </message>
    <message>
        <source>The identity file %1 is damaged. Restore it from a backup; ClearLine will not make a new key over it.</source>
        <translation>O arquivo de identidade %1 está danificado. Restaure-o a partir de um backup; o ClearLine não vai criar uma chave nova por cima dele.</translation>
    </message>
    <message>
        <source>The key ClearLine found is not the one of this profile&apos;s identity, so it will not sign with it. Restore the profile from a backup.</source>
        <translation>A chave que o ClearLine encontrou não é a da identidade deste perfil, então ele não vai assinar com ela. Restaure o perfil a partir de um backup.</translation>
    </message>
</context>
<context>
    <name>clearline::crypto::KeyStore</name>
    <message>
        <source>The system key store did not take your key (%1).</source>
        <translation>O chaveiro do sistema não aceitou sua chave (%1).</translation>
    </message>
    <message>
        <source>This computer has no key store, so your key must be protected by a passphrase of at least %1 characters.</source>
        <translation>Este computador não tem um chaveiro, então sua chave precisa ser protegida por uma frase secreta de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>ClearLine could not save your key to %1. Check that the disk is not full and that you may write there.</source>
        <translation>O ClearLine não conseguiu salvar sua chave em %1. Verifique se o disco não está cheio e se você tem permissão para gravar ali.</translation>
    </message>
    <message>
        <source>ClearLine could not read your key from the system key store (%1). Unlock your key ring and try again.</source>
        <translation>O ClearLine não conseguiu ler sua chave do chaveiro do sistema (%1). Desbloqueie seu chaveiro e tente de novo.</translation>
    </message>
    <message>
        <source>The file that holds your key, %1, is missing or cannot be read. Without it ClearLine cannot sign in your name; restore it from a backup.</source>
        <translation>O arquivo que guarda sua chave, %1, está faltando ou não pode ser lido. Sem ele, o ClearLine não pode assinar em seu nome; restaure-o a partir de um backup.</translation>
    </message>
    <message>
        <source>Your key is protected by a passphrase, and none was given. On the command line, set CLEARLINE_PASSPHRASE.</source>
        <translation>Sua chave está protegida por uma frase secreta, e nenhuma foi informada. Na linha de comando, defina CLEARLINE_PASSPHRASE.</translation>
    </message>
</context>
<context>
    <name>clearline::crypto::PassphraseBox</name>
    <message>
        <source>The file that holds your key is damaged, so ClearLine cannot unlock it.</source>
        <translation>O arquivo que guarda sua chave está danificado, então o ClearLine não consegue desbloqueá-la.</translation>
    </message>
    <message>
        <source>This computer does not have enough free memory to unlock your key. Close other programs and try again.</source>
        <translation>Este computador não tem memória livre suficiente para desbloquear sua chave. Feche outros programas e tente de novo.</translation>
    </message>
    <message>
        <source>That passphrase is not the one that protects your key. Check it and try again.</source>
        <translation>Essa frase secreta não é a que protege sua chave. Confira e tente de novo.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::Database</name>
    <message>
        <source>There are no records in %1 yet.</source>
        <translation>Ainda não há registros em %1.</translation>
    </message>
    <message>
        <source>ClearLine is already open with these records (program %1, process %2). Close it first; two copies writing at once could damage them.</source>
        <translation>O ClearLine já está aberto com estes registros (programa %1, processo %2). Feche-o primeiro; duas cópias gravando ao mesmo tempo poderiam danificá-los.</translation>
    </message>
    <message>
        <source>ClearLine may not write to %1. Check that the folder is not read-only, or ask your IT staff.</source>
        <translation>O ClearLine não tem permissão para gravar em %1. Verifique se a pasta não é somente leitura ou fale com a equipe de TI.</translation>
    </message>
    <message>
        <source>These records are in format %1, and this ClearLine reads format %2. Open them once in ClearLine (not read-only) to update them.</source>
        <translation>Estes registros estão no formato %1, e esta versão do ClearLine lê o formato %2. Abra-os uma vez no ClearLine (não em somente leitura) para atualizá-los.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::Ledger</name>
    <message>
        <source>This record changed since you opened it. Open it again to see the latest version, then make your correction.</source>
        <translation>Este registro mudou desde que você o abriu. Abra-o de novo para ver a versão mais recente e depois faça sua correção.</translation>
    </message>
    <message>
        <source>Say why you are correcting this record; the reason is kept with the correction.</source>
        <translation>Informe por que você está corrigindo este registro; o motivo fica guardado com a correção.</translation>
    </message>
    <message>
        <source>This record exists already; a change to it must say which version it corrects.</source>
        <translation>Este registro já existe; uma alteração nele precisa indicar qual versão corrige.</translation>
    </message>
    <message>
        <source>ClearLine cannot save this record: its contents are incomplete.</source>
        <translation>O ClearLine não pode salvar este registro: o conteúdo está incompleto.</translation>
    </message>
    <message>
        <source>ClearLine could not read the file %1.</source>
        <translation>O ClearLine não conseguiu ler o arquivo %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large to attach. Keep it in your district&apos;s document system and mention where in your memo.</source>
        <translation>%1 tem mais de %2 MB, grande demais para anexar. Guarde-o no sistema de documentos do seu distrito e mencione no seu memorando onde ele está.</translation>
    </message>
    <message>
        <source>There is no record &quot;%1&quot;.</source>
        <translation>Não existe nenhum registro &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>More than one record starts with &quot;%1&quot;; give more of its id.</source>
        <translation>Mais de um registro começa com &quot;%1&quot;; informe mais caracteres do id.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name for the backup.</source>
        <translation>%1 já existe; escolha um novo nome de arquivo para o backup.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::Memo</name>
    <message>
        <source>Give the memo a title, for example &quot;Call with a parent about the field trip&quot;.</source>
        <translation>Dê um título ao memorando, por exemplo &quot;Ligação com um responsável sobre a excursão&quot;.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters; put the details in the text.</source>
        <translation>O título tem mais de %1 caracteres; coloque os detalhes no texto.</translation>
    </message>
    <message>
        <source>Write what happened in the memo&apos;s text.</source>
        <translation>Escreva no texto do memorando o que aconteceu.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::Migrations</name>
    <message>
        <source>Your records were saved by a newer version of ClearLine (format %1; this one knows up to %2). Update ClearLine to open them; nothing was changed.</source>
        <translation>Seus registros foram salvos por uma versão mais nova do ClearLine (formato %1; esta conhece até o %2). Atualize o ClearLine para abri-los; nada foi alterado.</translation>
    </message>
    <message>
        <source>ClearLine could not copy your records aside before updating their format, so it left them as they were. %1</source>
        <translation>O ClearLine não conseguiu fazer uma cópia à parte dos seus registros antes de atualizar o formato deles, então os deixou como estavam. %1</translation>
    </message>
    <message>
        <source>Updating the format of your records failed at step %1, so nothing was changed. %2</source>
        <translation>A atualização do formato dos seus registros falhou na etapa %1, então nada foi alterado. %2</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::SqlError</name>
    <message>
        <source>The disk is full, so ClearLine could not save. Nothing already saved was lost. Free some space and try again.</source>
        <translation>O disco está cheio, então o ClearLine não conseguiu salvar. Nada do que já estava salvo foi perdido. Libere um pouco de espaço e tente de novo.</translation>
    </message>
    <message>
        <source>ClearLine may only read %1, so it could not save. Nothing already saved was lost. Check that the folder is not read-only, or ask your IT staff.</source>
        <translation>O ClearLine só tem permissão para ler %1, então não conseguiu salvar. Nada do que já estava salvo foi perdido. Verifique se a pasta não é somente leitura ou fale com a equipe de TI.</translation>
    </message>
    <message>
        <source>Another program is using your records (%1) right now, so ClearLine could not save. Nothing already saved was lost. Try again in a moment.</source>
        <translation>Outro programa está usando seus registros (%1) agora, então o ClearLine não conseguiu salvar. Nada do que já estava salvo foi perdido. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>The file that holds your records (%1) is damaged. ClearLine has not changed it. Keep a copy of it and ask your IT staff to restore your latest backup.</source>
        <translation>O arquivo que guarda seus registros (%1) está danificado. O ClearLine não o alterou. Guarde uma cópia dele e peça à equipe de TI para restaurar seu backup mais recente.</translation>
    </message>
    <message>
        <source>ClearLine could not open %1. Check that the folder exists and that you may write there.</source>
        <translation>O ClearLine não conseguiu abrir %1. Verifique se a pasta existe e se você tem permissão para gravar ali.</translation>
    </message>
    <message>
        <source>ClearLine could not read or save your records in %1. Nothing already saved was lost.</source>
        <translation>O ClearLine não conseguiu ler nem salvar seus registros em %1. Nada do que já estava salvo foi perdido.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::StorageCheck</name>
    <message>
        <source>%1 is inside a folder that a cloud sync program (%2) copies while ClearLine writes, which can damage your records. Keep your ClearLine profile in a local folder; to share records, use sync bundles.</source>
        <translation>%1 está dentro de uma pasta que um programa de sincronização na nuvem (%2) copia enquanto o ClearLine grava, o que pode danificar seus registros. Mantenha seu perfil do ClearLine em uma pasta local; para compartilhar registros, use lotes de sincronização.</translation>
    </message>
    <message>
        <source>%1 is on a network drive (%2). Records kept there can be damaged when the network hiccups. Keep your ClearLine profile on this computer&apos;s own disk; to share records, use sync bundles.</source>
        <translation>%1 está em uma unidade de rede (%2). Registros guardados ali podem ser danificados quando a rede tem uma falha momentânea. Mantenha seu perfil do ClearLine no disco deste computador; para compartilhar registros, use lotes de sincronização.</translation>
    </message>
</context>
<context>
    <name>clearline::ledger::Verifier</name>
    <message>
        <source>the %1 table differs from the revisions for record %2; run &apos;clearline ledger rebuild&apos; to make it again</source>
        <translation>a tabela %1 não corresponde às versões do registro %2; execute &apos;clearline ledger rebuild&apos; para recriá-la</translation>
    </message>
    <message>
        <source>the database file is damaged (%1)</source>
        <translation>o arquivo do banco de dados está danificado (%1)</translation>
    </message>
    <message>
        <source>its content was changed after it was signed: it no longer matches its hash</source>
        <translation>o conteúdo foi alterado depois de ser assinado: não corresponde mais ao seu hash</translation>
    </message>
    <message>
        <source>its signature is not valid for the key it names</source>
        <translation>a assinatura não é válida para a chave que ela indica</translation>
    </message>
    <message>
        <source>it is signed by a key this ledger does not know (fingerprint %1)</source>
        <translation>foi assinada com uma chave que este livro de registros não conhece (impressão digital %1)</translation>
    </message>
    <message>
        <source>it names a previous revision of its author that is not in the ledger (one is missing)</source>
        <translation>indica uma versão anterior do seu autor que não está no livro de registros (falta uma)</translation>
    </message>
    <message>
        <source>its link to the author&apos;s previous revision is broken (a revision is missing, added or out of order)</source>
        <translation>o elo com a versão anterior do autor está quebrado (uma versão está faltando, foi adicionada ou está fora de ordem)</translation>
    </message>
    <message>
        <source>it replaces revision %1, which is not in the ledger</source>
        <translation>substitui a versão %1, que não está no livro de registros</translation>
    </message>
    <message>
        <source>its attachment &quot;%1&quot; is missing or was changed</source>
        <translation>o anexo &quot;%1&quot; está faltando ou foi alterado</translation>
    </message>
</context>
<context>
    <name>clearline::policy::ActivePack</name>
    <message>
        <source>This profile has no district yet. Your district&apos;s IT staff can set it with: clearline settings set district &lt;pack&gt;</source>
        <translation>Este perfil ainda não tem distrito. A equipe de TI do seu distrito pode defini-lo com: clearline settings set district &lt;pack&gt;</translation>
    </message>
    <message>
        <source>The district policy %1 is %2, so ClearLine does not use it. Ask your district&apos;s IT staff for the signed pack.</source>
        <translation>O ClearLine não usa a política do distrito %1 (%2). Peça o pacote assinado à equipe de TI do seu distrito.</translation>
    </message>
    <message>
        <source>The district policy %1 could not be read, so it is not used:
%2</source>
        <translation>Não foi possível ler a política do distrito %1, então ela não é usada:
%2</translation>
    </message>
</context>
<context>
    <name>clearline::policy::PackChecks</name>
    <message>
        <source>the %1 id &quot;%2&quot; is used twice</source>
        <translation>o id de %1 &quot;%2&quot; é usado duas vezes</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not defined in this pack</source>
        <translation>%1 &quot;%2&quot; não existe neste pacote</translation>
    </message>
    <message>
        <source>the text has no &quot;%1&quot; version; the district&apos;s languages are %2</source>
        <translation>o texto não tem versão &quot;%1&quot;; os idiomas do distrito são %2</translation>
    </message>
    <message>
        <source>the %1 text uses the unknown placeholder {{%2}}; known ones are: %3</source>
        <translation>o texto em %1 usa o marcador desconhecido {{%2}}; os conhecidos são: %3</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>a função</translation>
    </message>
    <message>
        <source>the clause</source>
        <translation>a cláusula</translation>
    </message>
    <message>
        <source>the deadline names the field &quot;%1&quot;, which procedure &quot;%2&quot; does not have</source>
        <translation>o prazo menciona o campo &quot;%1&quot;, que o procedimento &quot;%2&quot; não tem</translation>
    </message>
    <message>
        <source>the deadline names the field &quot;%1&quot;, which is not a date field</source>
        <translation>o prazo menciona o campo &quot;%1&quot;, que não é um campo de data</translation>
    </message>
    <message>
        <source>the &quot;then&quot; chain loops: %1</source>
        <translation>a cadeia de &quot;then&quot; forma um ciclo: %1</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>cláusula</translation>
    </message>
    <message>
        <source>role</source>
        <translation>função</translation>
    </message>
    <message>
        <source>school</source>
        <translation>escola</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>procedimento</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>alternativa</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>regra</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>documentação</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plataforma</translation>
    </message>
    <message>
        <source>duty</source>
        <translation>obrigação</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>declaração</translation>
    </message>
    <message>
        <source>the procedure</source>
        <translation>o procedimento</translation>
    </message>
    <message>
        <source>district.timezone &quot;%1&quot; is not a time zone; use an IANA name like America/New_York</source>
        <translation>district.timezone &quot;%1&quot; não é um fuso horário; use um nome IANA como America/New_York</translation>
    </message>
    <message>
        <source>district.official_text names %1, which is not beside the pack</source>
        <translation>district.official_text indica %1, que não está na mesma pasta que o pacote</translation>
    </message>
    <message>
        <source>the school</source>
        <translation>a escola</translation>
    </message>
    <message>
        <source>the alternative</source>
        <translation>a alternativa</translation>
    </message>
    <message>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>item da lista de verificação</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>acompanhamento</translation>
    </message>
    <message>
        <source>the notice</source>
        <translation>o aviso</translation>
    </message>
    <message>
        <source>&quot;registers&quot; names the field &quot;%1&quot;, which procedure &quot;%2&quot; does not have</source>
        <translation>&quot;registers&quot; menciona o campo &quot;%1&quot;, que o procedimento &quot;%2&quot; não tem</translation>
    </message>
</context>
<context>
    <name>clearline::policy::PackLoader</name>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>não é possível ler o arquivo (%1)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; a pack is a few hundred lines</source>
        <translation>o arquivo tem mais de %1 MB; um pacote tem algumas centenas de linhas</translation>
    </message>
    <message>
        <source>this is not valid YAML: %1</source>
        <translation>isto não é YAML válido: %1</translation>
    </message>
    <message>
        <source>unexpected structure: %1</source>
        <translation>estrutura inesperada: %1</translation>
    </message>
</context>
<context>
    <name>clearline::policy::PackReader</name>
    <message>
        <source>the pack</source>
        <translation>o pacote</translation>
    </message>
    <message>
        <source>this ClearLine reads pack format %1; this pack says %2</source>
        <translation>esta versão do ClearLine lê o formato de pacote %1; este pacote indica %2</translation>
    </message>
    <message>
        <source>district</source>
        <translation>a seção district</translation>
    </message>
    <message>
        <source>the first language must be en (English)</source>
        <translation>o primeiro idioma deve ser en (inglês)</translation>
    </message>
    <message>
        <source>a school</source>
        <translation>uma escola</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>a seção calendar</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>a seção hours</translation>
    </message>
    <message>
        <source>school hours must end after they start</source>
        <translation>o horário escolar deve terminar depois de começar</translation>
    </message>
    <message>
        <source>a school year</source>
        <translation>um ano letivo</translation>
    </message>
    <message>
        <source>a school year must end after it starts</source>
        <translation>um ano letivo deve terminar depois de começar</translation>
    </message>
    <message>
        <source>a holiday</source>
        <translation>um feriado</translation>
    </message>
    <message>
        <source>a holiday needs a date, or from and to</source>
        <translation>um feriado precisa de date, ou de from e to</translation>
    </message>
    <message>
        <source>a role</source>
        <translation>uma função</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ClearLine&apos;s own role for every staff member; do not define it</source>
        <translation>&quot;%1&quot; é a função própria do ClearLine para todos os membros da equipe; não a defina</translation>
    </message>
    <message>
        <source>a role holder</source>
        <translation>uma pessoa que exerce uma função</translation>
    </message>
    <message>
        <source>a key must be a ClearLine public key (32 bytes in base64)</source>
        <translation>uma chave deve ser uma chave pública do ClearLine (32 bytes em base64)</translation>
    </message>
    <message>
        <source>a clause</source>
        <translation>uma cláusula</translation>
    </message>
    <message>
        <source>a rule</source>
        <translation>uma regra</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid condition; use one of: %2, or grades:4-12</source>
        <translation>&quot;%1&quot; não é uma condição válida; use uma destas: %2, ou grades:4-12</translation>
    </message>
    <message>
        <source>a needs-authorization rule must name the procedure that asks for it</source>
        <translation>uma regra needs-authorization deve indicar o procedimento que pede a autorização</translation>
    </message>
    <message>
        <source>an alternative</source>
        <translation>uma alternativa</translation>
    </message>
    <message>
        <source>a documentation entry</source>
        <translation>uma entrada de documentação</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period; write 7y, 6m or permanent</source>
        <translation>&quot;%1&quot; não é um período; escreva 7y, 6m ou permanent</translation>
    </message>
    <message>
        <source>platforms</source>
        <translation>a seção platforms</translation>
    </message>
    <message>
        <source>an approved platform</source>
        <translation>uma plataforma aprovada</translation>
    </message>
    <message>
        <source>a duty</source>
        <translation>uma obrigação</translation>
    </message>
    <message>
        <source>a statement</source>
        <translation>uma declaração</translation>
    </message>
    <message>
        <source>a notice</source>
        <translation>um aviso</translation>
    </message>
    <message>
        <source>a field</source>
        <translation>um campo</translation>
    </message>
    <message>
        <source>a field of type choice needs its choices (choices: [a, b, …])</source>
        <translation>um campo do tipo choice precisa das suas opções (choices: [a, b, …])</translation>
    </message>
    <message>
        <source>only a field of type choice has choices</source>
        <translation>só um campo do tipo choice pode ter choices</translation>
    </message>
    <message>
        <source>a route step</source>
        <translation>uma etapa da rota</translation>
    </message>
    <message>
        <source>a deadline</source>
        <translation>um prazo</translation>
    </message>
    <message>
        <source>a deadline has exactly one of before, days or note</source>
        <translation>um prazo tem exatamente um de before, days ou note</translation>
    </message>
    <message>
        <source>a group of steps</source>
        <translation>um grupo de etapas</translation>
    </message>
    <message>
        <source>a procedure</source>
        <translation>um procedimento</translation>
    </message>
    <message>
        <source>a checklist item</source>
        <translation>um item da lista de verificação</translation>
    </message>
    <message>
        <source>a follow-up</source>
        <translation>um acompanhamento</translation>
    </message>
    <message>
        <source>registers</source>
        <translation>a seção registers</translation>
    </message>
</context>
<context>
    <name>clearline::policy::PackSignature</name>
    <message>
        <source>shipped with ClearLine</source>
        <translation>incluído com o ClearLine</translation>
    </message>
    <message>
        <source>not signed (a draft: it loads only in authoring mode)</source>
        <translation>não assinado (um rascunho: só é carregado no modo de autoria)</translation>
    </message>
    <message>
        <source>the signature file is damaged</source>
        <translation>o arquivo de assinatura está danificado</translation>
    </message>
    <message>
        <source>the signature does not match the pack: it was changed after it was signed</source>
        <translation>a assinatura não corresponde ao pacote: ele foi alterado depois de ser assinado</translation>
    </message>
    <message>
        <source>signed by the key %1</source>
        <translation>assinado com a chave %1</translation>
    </message>
    <message>
        <source>ClearLine could not read %1.</source>
        <translation>O ClearLine não conseguiu ler %1.</translation>
    </message>
    <message>
        <source>ClearLine could not write %1.</source>
        <translation>O ClearLine não conseguiu gravar %1.</translation>
    </message>
</context>
<context>
    <name>clearline::policy::PolicyHtml</name>
    <message>
        <source>Not allowed</source>
        <translation>Não permitido</translation>
    </message>
    <message>
        <source>Ask first</source>
        <translation>Pedir autorização antes</translation>
    </message>
    <message>
        <source>Discouraged</source>
        <translation>Desaconselhado</translation>
    </message>
    <message>
        <source>Contact the parent first</source>
        <translation>Contatar primeiro os pais</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>calls from your own cell phone</source>
        <translation>ligações do seu próprio celular</translation>
    </message>
    <message>
        <source>texts from your own cell phone</source>
        <translation>mensagens de texto do seu próprio celular</translation>
    </message>
    <message>
        <source>your personal e-mail</source>
        <translation>seu e-mail pessoal</translation>
    </message>
    <message>
        <source>your personal social-media accounts</source>
        <translation>suas contas pessoais de redes sociais</translation>
    </message>
    <message>
        <source>a professional social-media account</source>
        <translation>uma conta profissional de rede social</translation>
    </message>
    <message>
        <source>district e-mail</source>
        <translation>o e-mail do distrito</translation>
    </message>
    <message>
        <source>a district phone</source>
        <translation>um telefone do distrito</translation>
    </message>
    <message>
        <source>an approved tool</source>
        <translation>uma ferramenta aprovada</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>pessoalmente</translation>
    </message>
    <message>
        <source>with students</source>
        <translation>com alunos</translation>
    </message>
    <message>
        <source>with parents</source>
        <translation>com pais</translation>
    </message>
    <message>
        <source>with students and parents</source>
        <translation>com alunos e pais</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitar</translation>
    </message>
    <message>
        <source>Each section is summarized in plain words. The district&apos;s official text is what counts.</source>
        <translation>Cada seção é resumida em palavras simples. O que vale é o texto oficial do distrito.</translation>
    </message>
    <message>
        <source>The district&apos;s official text</source>
        <translation>Texto oficial do distrito</translation>
    </message>
</context>
<context>
    <name>clearline::policy::SchoolTime</name>
    <message>
        <source>the district&apos;s pack gives no school hours</source>
        <translation>o pacote do distrito não informa o horário escolar</translation>
    </message>
    <message>
        <source>outside the school year</source>
        <translation>fora do ano letivo</translation>
    </message>
    <message>
        <source>a holiday (%1)</source>
        <translation>um feriado (%1)</translation>
    </message>
    <message>
        <source>not a school day</source>
        <translation>não é dia letivo</translation>
    </message>
    <message>
        <source>before school hours</source>
        <translation>antes do horário escolar</translation>
    </message>
    <message>
        <source>after school hours</source>
        <translation>depois do horário escolar</translation>
    </message>
    <message>
        <source>during school hours</source>
        <translation>durante o horário escolar</translation>
    </message>
</context>
<context>
    <name>clearline::policy::YamlReader</name>
    <message>
        <source>%1 must be a map of keys and values</source>
        <translation>%1 deve ser um mapa de chaves e valores</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2 (known keys: %3)</source>
        <translation>%2 tem a chave desconhecida &quot;%1&quot; (chaves conhecidas: %3)</translation>
    </message>
    <message>
        <source>%1 is missing the required key &quot;%2&quot;</source>
        <translation>%1 não tem a chave obrigatória &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list (items starting with &quot;- &quot;)</source>
        <translation>&quot;%1&quot; deve ser uma lista (itens que começam com &quot;- &quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single value, not a list or map</source>
        <translation>&quot;%1&quot; deve ser um único valor, não uma lista nem um mapa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; não pode ficar vazio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use lower-case letters, digits, dashes and underscores</source>
        <translation>&quot;%1&quot; não é um id válido: use letras minúsculas, dígitos, hifens e sublinhados</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use lower-case letters, digits and dashes</source>
        <translation>&quot;%1&quot; não é um id válido: use letras minúsculas, dígitos e hifens</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2; use one of: %3</source>
        <translation>&quot;%1&quot; não é um valor válido para %2; use um destes: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a value or a list of values</source>
        <translation>&quot;%1&quot; deve ser um valor ou uma lista de valores</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false, not &quot;%2&quot;</source>
        <translation>&quot;%1&quot; deve ser true ou false, não &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>&quot;%1&quot; deve ser um número inteiro de %2 a %3, não &quot;%4&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD</source>
        <translation>&quot;%1&quot; não é uma data; escreva YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; write HH:MM on a 24-hour clock, in quotes</source>
        <translation>&quot;%1&quot; não é um horário; escreva HH:MM no formato de 24 horas, entre aspas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text, or a map of texts by language</source>
        <translation>&quot;%1&quot; deve ser um texto ou um mapa de textos por idioma</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code like en, es or pt_BR</source>
        <translation>&quot;%1&quot; não é um código de idioma como en, es ou pt_BR</translation>
    </message>
</context>
<context>
    <name>clearline::requests::Acknowledgment</name>
    <message>
        <source>Read and acknowledged %1 (%2)</source>
        <translation>Leitura confirmada: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>clearline::requests::FormCheck</name>
    <message>
        <source>&quot;%1&quot; is needed.</source>
        <translation>Falta preencher &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters; keep it shorter.</source>
        <translation>&quot;%1&quot; tem mais de %2 caracteres; encurte o texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as year-month-day, for example 2026-10-14.</source>
        <translation>&quot;%1&quot; não é uma data; escreva como ano-mês-dia, por exemplo 2026-10-14.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time; write it as hours:minutes, for example 15:30.</source>
        <translation>&quot;%1&quot; não é um horário; escreva como horas:minutos, por exemplo 15:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, such as 12.</source>
        <translation>&quot;%1&quot; deve ser um número inteiro, como 12.</translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot; with yes or no.</source>
        <translation>Responda &quot;%1&quot; com sim ou não.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an e-mail address (name@school.org).</source>
        <translation>&quot;%1&quot; não parece um endereço de e-mail (nome@escola.org).</translation>
    </message>
    <message>
        <source>Write the whole web address, starting with https://</source>
        <translation>Escreva o endereço web completo, começando com https://</translation>
    </message>
    <message>
        <source>Choose one of the answers for &quot;%1&quot;.</source>
        <translation>Escolha uma das respostas para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose your school from the list.</source>
        <translation>Escolha a sua escola na lista.</translation>
    </message>
    <message>
        <source>%1 is not on your district&apos;s list of approved platforms.</source>
        <translation>%1 não está na lista de plataformas aprovadas do seu distrito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters; keep it to one line.</source>
        <translation>&quot;%1&quot; tem mais de %2 caracteres; escreva em uma só linha.</translation>
    </message>
    <message>
        <source>Tick &quot;%1&quot; once it is true.</source>
        <translation>Marque &quot;%1&quot; quando for verdade.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::PlannedStep</name>
    <message>
        <source>%1 approves</source>
        <translation>%1 aprova</translation>
    </message>
    <message>
        <source>%1 acknowledges</source>
        <translation>%1 confirma o recebimento</translation>
    </message>
    <message>
        <source>%1 is informed</source>
        <translation>%1 recebe um aviso</translation>
    </message>
    <message>
        <source>, before %1</source>
        <translation>, antes de %1</translation>
    </message>
</context>
<context>
    <name>clearline::requests::Request</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>clearline::requests::RequestFiling</name>
    <message>
        <source>Your district&apos;s policy has no procedure called &quot;%1&quot;.</source>
        <translation>A política do seu distrito não tem nenhum procedimento chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The request is not complete yet:
%1</source>
        <translation>A solicitação ainda não está completa:
%1</translation>
    </message>
    <message>
        <source>There is no request %1 in this profile.</source>
        <translation>Não existe nenhuma solicitação %1 neste perfil.</translation>
    </message>
    <message>
        <source>Only the person who sent a request can correct or withdraw it.</source>
        <translation>Só a pessoa que enviou uma solicitação pode corrigi-la ou retirá-la.</translation>
    </message>
    <message>
        <source>This request was withdrawn; send a new one instead.</source>
        <translation>Esta solicitação foi retirada; envie uma nova no lugar dela.</translation>
    </message>
    <message>
        <source>A correction keeps the request&apos;s kind; send a new request for something else.</source>
        <translation>Uma correção mantém o tipo da solicitação; para outra coisa, envie uma nova solicitação.</translation>
    </message>
    <message>
        <source>This request is already withdrawn.</source>
        <translation>Esta solicitação já foi retirada.</translation>
    </message>
</context>
<context>
    <name>clearline::requests::RequestStatus</name>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>On record</source>
        <translation>Arquivada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Not sent yet: open it to finish and send it.</source>
        <translation>Ainda não enviada: abra-a para terminar e enviar.</translation>
    </message>
    <message>
        <source>Waiting for %1, before %2.</source>
        <translation>Aguardando %1, antes de %2.</translation>
    </message>
    <message>
        <source>Waiting for %1.</source>
        <translation>Aguardando %1.</translation>
    </message>
    <message>
        <source>Waiting for %1 (%2).</source>
        <translation>Aguardando %1 (%2).</translation>
    </message>
    <message>
        <source>Expired: %1 did not answer before %2. Send a new request if you still need it.</source>
        <translation>Expirada: %1 não respondeu antes de %2. Envie uma nova solicitação se você ainda precisar.</translation>
    </message>
    <message>
        <source>Sent: it informs the people on its route; nobody needs to approve it.</source>
        <translation>Enviada: ela informa as pessoas da sua rota; ninguém precisa aprová-la.</translation>
    </message>
    <message>
        <source>On record: your district asks for this to be written down; nobody needs to approve it.</source>
        <translation>Arquivada: o seu distrito pede que isto fique registrado por escrito; ninguém precisa aprová-la.</translation>
    </message>
    <message>
        <source>Withdrawn: you took this request back.</source>
        <translation>Retirada: você retirou esta solicitação.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::AboutDialog</name>
    <message>
        <source>About ClearLine</source>
        <translation>Sobre o ClearLine</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ClearLine %1&lt;/h2&gt;&lt;p&gt;Helps school staff follow their district&apos;s policy on communication with students and families, and keeps the public record of it.&lt;/p&gt;&lt;p&gt;Your data is kept in:&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ClearLine %1&lt;/h2&gt;&lt;p&gt;Ajuda os profissionais da escola a seguir a política do seu distrito sobre a comunicação com alunos e famílias, e mantém o registro público disso.&lt;/p&gt;&lt;p&gt;Seus dados ficam em:&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Software livre sob a Licença Pública Geral GNU, versão 3 ou posterior.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>clearline::ui::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge this year&apos;s policy</source>
        <translation>Confirmar a política deste ano</translation>
    </message>
    <message>
        <source>Read your district&apos;s policy below. Then tick the box and sign: ClearLine keeps a signed record that you read it this school year.</source>
        <translation>Leia abaixo a política do seu distrito. Depois marque a caixa e assine: o ClearLine guarda um registro assinado de que você a leu neste ano letivo.</translation>
    </message>
    <message>
        <source>I have read %1 for the school year %2.</source>
        <translation>Li %1 para o ano letivo %2.</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Assinar</translation>
    </message>
</context>
<context>
    <name>clearline::ui::ChecklistPage</name>
    <message>
        <source>Before you send it</source>
        <translation>Antes de enviar</translation>
    </message>
    <message>
        <source>Tick each statement that is true. Your policy asks for every one of them; the link beside each opens the clause it comes from.</source>
        <translation>Marque cada declaração que for verdadeira. A sua política pede todas elas; o link ao lado de cada uma abre a cláusula de onde ela vem.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) still to tick.</source>
        <translation>
            <numerusform>Falta %n declaração para marcar.</numerusform>
            <numerusform>Faltam %n declarações para marcar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clearline::ui::DonePage</name>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Where your request stands</source>
        <translation>Em que ponto está a sua solicitação</translation>
    </message>
    <message>
        <source>You can follow it under &quot;Your requests&quot; on the home screen.</source>
        <translation>Você pode acompanhá-la em &quot;Suas solicitações&quot;, na tela inicial.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::FieldEditor</name>
    <message>
        <source>Type or choose the platform</source>
        <translation>Digite ou escolha a plataforma</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolha…</translation>
    </message>
    <message>
        <source>year-month-day, like %1</source>
        <translation>ano-mês-dia, como %1</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendário…</translation>
    </message>
    <message>
        <source>Choose %1 from a calendar</source>
        <translation>Escolher %1 em um calendário</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: sim</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: não</translation>
    </message>
    <message>
        <source>name@school.org</source>
        <translation>nome@escola.org</translation>
    </message>
    <message>
        <source>hours:minutes, like 15:30</source>
        <translation>horas:minutos, como 15:30</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
</context>
<context>
    <name>clearline::ui::FieldsPage</name>
    <message>
        <source> (optional)</source>
        <translation> (opcional)</translation>
    </message>
    <message>
        <source>Your district&apos;s list of approved platforms is kept by the %1, not in ClearLine: check that yours is on this year&apos;s list.</source>
        <translation>A lista de plataformas aprovadas do seu distrito é mantida por %1, não no ClearLine: verifique se a sua está na lista deste ano.</translation>
    </message>
    <message>
        <source>Check that the platform is on your district&apos;s approved list.</source>
        <translation>Verifique se a plataforma está na lista aprovada do seu distrito.</translation>
    </message>
    <message>
        <source>Ask for it to be reviewed instead</source>
        <translation>Pedir que ela seja analisada, em vez disso</translation>
    </message>
    <message>
        <source>Still to answer: %1.</source>
        <translation>Falta responder: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>clearline::ui::HomePage</name>
    <message>
        <source>Welcome to ClearLine</source>
        <translation>Bem-vindo ao ClearLine</translation>
    </message>
    <message>
        <source>ClearLine helps you follow your district&apos;s rules for communicating with students and families, and keeps the record of what you did.</source>
        <translation>O ClearLine ajuda você a seguir as regras do seu distrito para se comunicar com alunos e famílias, e mantém o registro do que você fez.</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Registrar um contato</translation>
    </message>
    <message>
        <source>Write down a call, text or message with a student or family outside school hours.</source>
        <translation>Anote uma ligação, mensagem de texto ou outra mensagem com um aluno ou uma família fora do horário escolar.</translation>
    </message>
    <message>
        <source>Write a memo to file</source>
        <translation>Escrever um memorando para arquivo</translation>
    </message>
    <message>
        <source>Keep a note of a conversation or event that needs documenting.</source>
        <translation>Registre uma conversa ou um fato que precise ser documentado.</translation>
    </message>
    <message>
        <source>Acknowledge this year&apos;s policy</source>
        <translation>Confirmar a política deste ano</translation>
    </message>
    <message>
        <source>Read your district&apos;s policy and confirm you have.</source>
        <translation>Leia a política do seu distrito e confirme que a leu.</translation>
    </message>
    <message>
        <source>For principals and approvers</source>
        <translation>Para diretores e aprovadores</translation>
    </message>
    <message>
        <source>Review requests</source>
        <translation>Revisar pedidos</translation>
    </message>
    <message>
        <source>Approve, deny or return what waits for your decision.</source>
        <translation>Aprove, negue ou devolva o que aguarda a sua decisão.</translation>
    </message>
    <message>
        <source>Building overview</source>
        <translation>Visão geral da escola</translation>
    </message>
    <message>
        <source>See who has acknowledged the policy and what is open this week.</source>
        <translation>Veja quem confirmou a política e o que está em aberto nesta semana.</translation>
    </message>
    <message>
        <source>Find records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <source>Search and export records for a public-records request.</source>
        <translation>Busque e exporte registros para um pedido de acesso a registros públicos.</translation>
    </message>
    <message>
        <source>Your memos</source>
        <translation>Seus memorandos</translation>
    </message>
    <message>
        <source>Your professional accounts</source>
        <translation>Suas contas profissionais</translation>
    </message>
    <message>
        <source>Read and acknowledge…</source>
        <translation>Ler e confirmar…</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Suas solicitações</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>O que você quer fazer?</translation>
    </message>
    <message>
        <source>To do for the school year %1: %2, by %3.</source>
        <translation>Pendente para o ano letivo %1: %2, até %3.</translation>
    </message>
    <message>
        <source>To do for the school year %1: %2.</source>
        <translation>Pendente para o ano letivo %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2 (registered %3)</source>
        <translation>%1: %2 (registrada em %3)</translation>
    </message>
    <message>
        <source>None yet. An account appears here once its request has gone through.</source>
        <translation>Nenhuma ainda. Uma conta aparece aqui quando a solicitação dela for concluída.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::IntroPage</name>
    <message>
        <source>What your policy says about it:</source>
        <translation>O que a sua política diz sobre isso:</translation>
    </message>
    <message>
        <source>Other ways your policy offers:</source>
        <translation>Outras opções que a sua política oferece:</translation>
    </message>
    <message>
        <source>Your answers are kept as a draft as you go: you can close this window at any time and finish later from the home screen.</source>
        <translation>Suas respostas ficam guardadas como rascunho à medida que você avança: você pode fechar esta janela a qualquer momento e terminar depois pela tela inicial.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::MainWindow</name>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About ClearLine</source>
        <translation>&amp;Sobre o ClearLine</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>New &amp;memo to file…</source>
        <translation>Novo &amp;memorando para arquivo…</translation>
    </message>
    <message>
        <source>Your &amp;profile…</source>
        <translation>Seu &amp;perfil…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Edit a policy pack…</source>
        <translation>&amp;Editar um pacote de política…</translation>
    </message>
    <message>
        <source>Your district&apos;s &amp;policy</source>
        <translation>&amp;Política do seu distrito</translation>
    </message>
    <message>
        <source>Open a policy pack</source>
        <translation>Abrir um pacote de política</translation>
    </message>
    <message>
        <source>Policy packs (pack.yaml *.yaml)</source>
        <translation>Pacotes de política (pack.yaml *.yaml)</translation>
    </message>
    <message>
        <source>Policy pack</source>
        <translation>Pacote de política</translation>
    </message>
    <message>
        <source>Authoring mode: this pack is %1. Staff never see an unsigned pack.</source>
        <translation>Modo de autoria (este pacote: %1). A equipe nunca vê um pacote não assinado.</translation>
    </message>
    <message>
        <source>Authoring mode: unsigned policy packs load.</source>
        <translation>Modo de autoria: pacotes de política não assinados são carregados.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Your district&apos;s policy no longer has this kind of request (%1); the draft is kept.</source>
        <translation>A política do seu distrito não tem mais este tipo de solicitação (%1); o rascunho fica guardado.</translation>
    </message>
    <message>
        <source>Signed: your acknowledgment of this year&apos;s policy is in your records.</source>
        <translation>Assinado: a sua confirmação de leitura da política deste ano está nos seus registros.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::MemoDialog</name>
    <message>
        <source>&amp;File memo</source>
        <translation>&amp;Arquivar memorando</translation>
    </message>
    <message>
        <source>Memo to file</source>
        <translation>Memorando para arquivo</translation>
    </message>
    <message>
        <source>Memo title</source>
        <translation>Título do memorando</translation>
    </message>
    <message>
        <source>For example: Call with a parent about Saturday&apos;s bus</source>
        <translation>Por exemplo: Ligação com um responsável sobre o ônibus de sábado</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>When it was, who it was with (initials are enough), the channel, and what was said.</source>
        <translation>Quando foi, com quem (as iniciais bastam), por qual meio e o que foi dito.</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Arquivos anexados</translation>
    </message>
    <message>
        <source>Memo status</source>
        <translation>Status do memorando</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>A&amp;nexar um arquivo…</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Descartar rascunho</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;O que aconteceu:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Arquivos:</translation>
    </message>
    <message>
        <source>What you type is kept as a draft until you file it.</source>
        <translation>O que você digitar fica guardado como rascunho até você arquivá-lo.</translation>
    </message>
    <message>
        <source>This is your draft from before. File it when it is ready.</source>
        <translation>Este é o seu rascunho de antes. Arquive-o quando estiver pronto.</translation>
    </message>
    <message>
        <source>Your draft could not be kept: %1</source>
        <translation>Não foi possível guardar seu rascunho: %1</translation>
    </message>
    <message>
        <source>Draft kept.</source>
        <translation>Rascunho guardado.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Anexar um arquivo</translation>
    </message>
    <message>
        <source>The memo was not filed.</source>
        <translation>O memorando não foi arquivado.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::MemoList</name>
    <message>
        <source>You have not written any memos yet.</source>
        <translation>Você ainda não escreveu nenhum memorando.</translation>
    </message>
    <message>
        <source>Your memos</source>
        <translation>Seus memorandos</translation>
    </message>
    <message>
        <source>Draft, not filed yet: %1</source>
        <translation>Rascunho, ainda não arquivado: %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>%1, filed %2</source>
        <translation>%1, arquivado em %2</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation> (corrigido)</translation>
    </message>
</context>
<context>
    <name>clearline::ui::PackEditor</name>
    <message>
        <source>%1 approves</source>
        <translation>%1 aprova</translation>
    </message>
    <message>
        <source>%1 is notified</source>
        <translation>%1 recebe um aviso</translation>
    </message>
    <message>
        <source>%1 acknowledges</source>
        <translation>%1 confirma o recebimento</translation>
    </message>
    <message>
        <source>, before “%1”</source>
        <translation>, antes de “%1”</translation>
    </message>
    <message numerus="yes">
        <source>, within %n day(s)</source>
        <translation>
            <numerusform>, em até %n dia</numerusform>
            <numerusform>, em até %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy pack editor</source>
        <translation>Editor de pacotes de política</translation>
    </message>
    <message>
        <source>Pack text</source>
        <translation>Texto do pacote</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>Preview of the procedures</source>
        <translation>Prévia dos procedimentos</translation>
    </message>
    <message>
        <source>Pack status</source>
        <translation>Status do pacote</translation>
    </message>
    <message>
        <source>Preview for staff</source>
        <translation>Prévia para a equipe</translation>
    </message>
    <message>
        <source>ClearLine could not open %1.</source>
        <translation>O ClearLine não conseguiu abrir %1.</translation>
    </message>
    <message>
        <source>ClearLine could not save %1. Save it under another name.</source>
        <translation>O ClearLine não conseguiu salvar %1. Salve-o com outro nome.</translation>
    </message>
    <message>
        <source>%1 — Policy pack editor</source>
        <translation>%1 — Editor de pacotes de política</translation>
    </message>
    <message>
        <source>pack.yaml</source>
        <translation>pack.yaml</translation>
    </message>
    <message>
        <source>Valid: %1, %2 clauses, %3 rules, %4 procedures. Not signed (draft).</source>
        <translation>Válido: %1, %2 cláusulas, %3 regras, %4 procedimentos. Não assinado (rascunho).</translation>
    </message>
    <message numerus="yes">
        <source>%n mistake(s): the pack would be refused. Double-click one to go to it.</source>
        <translation>
            <numerusform>%n erro: o pacote seria recusado. Clique duas vezes nele para ir até a linha dele.</numerusform>
            <numerusform>%n erros: o pacote seria recusado. Clique duas vezes em um deles para ir até a linha dele.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Informações pedidas</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obrigatório)</translation>
    </message>
    <message>
        <source>The person confirms</source>
        <translation>A pessoa confirma</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>, and at the same time </source>
        <translation>, e ao mesmo tempo </translation>
    </message>
    <message>
        <source>Kept as a record; nobody needs to approve it.</source>
        <translation>Fica guardado como registro; ninguém precisa aprová-lo.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <source>Save the policy pack</source>
        <translation>Salvar o pacote de política</translation>
    </message>
    <message>
        <source>Policy packs (pack.yaml *.yaml)</source>
        <translation>Pacotes de política (pack.yaml *.yaml)</translation>
    </message>
    <message>
        <source>Policy pack</source>
        <translation>Pacote de política</translation>
    </message>
    <message>
        <source>Saved; sign it again before staff use it.</source>
        <translation>Salvo; assine-o de novo antes que a equipe o use.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::PassphrasePrompt</name>
    <message>
        <source>Your passphrase</source>
        <translation>Sua frase secreta</translation>
    </message>
    <message>
        <source>This computer has no key store, so your signing key will be kept in a file protected by a passphrase.
Choose a passphrase of at least 8 characters that you will remember:</source>
        <translation>Este computador não tem um chaveiro, então sua chave de assinatura será guardada em um arquivo protegido por uma frase secreta.
Escolha uma frase secreta de pelo menos 8 caracteres da qual você vá se lembrar:</translation>
    </message>
    <message>
        <source>Type the same passphrase again:</source>
        <translation>Digite a mesma frase secreta de novo:</translation>
    </message>
    <message>
        <source>The two passphrases were not the same. Try again.</source>
        <translation>As duas frases secretas não são iguais. Tente de novo.</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects your signing key:</source>
        <translation>Digite a frase secreta que protege sua chave de assinatura:</translation>
    </message>
    <message>
        <source>That passphrase was not right. Try again:</source>
        <translation>Essa frase secreta não está correta. Tente de novo:</translation>
    </message>
</context>
<context>
    <name>clearline::ui::PolicyViewer</name>
    <message>
        <source>District policy</source>
        <translation>Política do distrito</translation>
    </message>
    <message>
        <source>Search the policy</source>
        <translation>Pesquisar na política</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Atenção</translation>
    </message>
</context>
<context>
    <name>clearline::ui::ProfileDialog</name>
    <message>
        <source>Check my records again</source>
        <translation>Verificar meus registros de novo</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Seu perfil</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Funções:</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>nenhuma informada</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Impressão digital da chave</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Impressão digital da chave:</translation>
    </message>
    <message>
        <source>Your key is kept:</source>
        <translation>Sua chave fica guardada:</translation>
    </message>
    <message>
        <source>in this computer&apos;s key store</source>
        <translation>no chaveiro deste computador</translation>
    </message>
    <message>
        <source>in your profile folder, protected by your passphrase</source>
        <translation>na pasta do seu perfil, protegida pela sua frase secreta</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuso horário:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>Records check</source>
        <translation>Verificação dos registros</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Your records are not open.</source>
        <translation>Seus registros não estão abertos.</translation>
    </message>
    <message>
        <source>Checking every signature…</source>
        <translation>Verificando cada assinatura…</translation>
    </message>
    <message numerus="yes">
        <source>All %n record(s) check out: every signature and link is intact.</source>
        <translation>
            <numerusform>%n registro conferido: a assinatura e os elos estão intactos.</numerusform>
            <numerusform>Todos os %n registros conferidos: todas as assinaturas e todos os elos estão intactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something is wrong with your records: %1%2. Ask your IT staff to look at them before you file more.</source>
        <translation>Algo está errado nos seus registros: %1%2. Peça à equipe de TI para verificá-los antes de arquivar mais.</translation>
    </message>
    <message>
        <source>revision %1: </source>
        <translation>versão %1: </translation>
    </message>
    <message>
        <source>You have no records yet.</source>
        <translation>Você ainda não tem registros.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::ProfileSession</name>
    <message>
        <source>Your records are not open, so nothing can be sent.</source>
        <translation>Seus registros não estão abertos, então nada pode ser enviado.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::RecordInspector</name>
    <message>
        <source>Record and its history</source>
        <translation>Registro e seu histórico</translation>
    </message>
    <message>
        <source>Signed data</source>
        <translation>Dados assinados</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corrigir…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>%1: signed with key %2</source>
        <translation>%1: assinado com a chave %2</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Motivo informado: %1</translation>
    </message>
    <message>
        <source>Withdraw the request</source>
        <translation>Retirar a solicitação</translation>
    </message>
    <message>
        <source>Why do you withdraw it? The request stays in your records, marked as withdrawn.</source>
        <translation>Por que você quer retirá-la? A solicitação continua nos seus registros, marcada como retirada.</translation>
    </message>
    <message>
        <source>Say why, so that the record explains it.</source>
        <translation>Informe o motivo, para que o registro o explique.</translation>
    </message>
</context>
<context>
    <name>clearline::ui::RecordSummary</name>
    <message>
        <source>Attached: %1 (%2)</source>
        <translation>Anexo: %1 (%2)</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rota</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memorando</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Acknowledgment</source>
        <translation>Confirmação de leitura</translation>
    </message>
</context>
<context>
    <name>clearline::ui::RequestList</name>
    <message>
        <source>You have no requests yet. Choose what you want to do above.</source>
        <translation>Você ainda não tem solicitações. Escolha acima o que você quer fazer.</translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Suas solicitações</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>O que acontece depois</translation>
    </message>
</context>
<context>
    <name>clearline::ui::RequestWizard</name>
    <message>
        <source>§%1</source>
        <translation>§%1</translation>
    </message>
    <message>
        <source>§%1 %2</source>
        <translation>§%1 %2</translation>
    </message>
    <message>
        <source>From your policy: %1</source>
        <translation>Da sua política: %1</translation>
    </message>
    <message>
        <source>Open your policy at §%1 %2</source>
        <translation>Abrir a sua política em §%1 %2</translation>
    </message>
    <message>
        <source>Policy clause %1: %2</source>
        <translation>Cláusula %1 da política: %2</translation>
    </message>
    <message>
        <source>Correct: %1</source>
        <translation>Corrigir: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close and keep draft</source>
        <translation>Fechar e guardar o rascunho</translation>
    </message>
    <message>
        <source>&amp;Sign and send correction</source>
        <translation>&amp;Assinar e enviar a correção</translation>
    </message>
    <message>
        <source>&amp;Sign and send</source>
        <translation>&amp;Assinar e enviar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Your answers could not be kept as a draft: %1</source>
        <translation>Não foi possível guardar suas respostas como rascunho: %1</translation>
    </message>
</context>
<context>
    <name>clearline::ui::ReviewPage</name>
    <message>
        <source>Check and send</source>
        <translation>Revisar e enviar</translation>
    </message>
    <message>
        <source>When you send it, ClearLine signs the request with your key and keeps it in your records. After that it can be corrected or withdrawn, never erased.</source>
        <translation>Quando você enviar, o ClearLine assina a solicitação com a sua chave e a guarda nos seus registros. Depois disso, ela pode ser corrigida ou retirada, mas nunca apagada.</translation>
    </message>
    <message>
        <source>Your request</source>
        <translation>Sua solicitação</translation>
    </message>
    <message>
        <source>&amp;Why are you correcting it?</source>
        <translation>&amp;Por que você está corrigindo?</translation>
    </message>
    <message>
        <source>Why are you correcting it?</source>
        <translation>Por que você está corrigindo?</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(não informado)</translation>
    </message>
    <message numerus="yes">
        <source>You confirmed all %n statement(s) of the checklist.</source>
        <translation>
            <numerusform>Você confirmou %n declaração da lista de verificação.</numerusform>
            <numerusform>Você confirmou as %n declarações da lista de verificação.</numerusform>
        </translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>O que acontece depois</translation>
    </message>
    <message>
        <source>Nobody needs to approve this: it is kept as your record.</source>
        <translation>Ninguém precisa aprovar isto: fica guardado como registro seu.</translation>
    </message>
    <message>
        <source>and at the same time, </source>
        <translation>e ao mesmo tempo, </translation>
    </message>
</context>
<context>
    <name>clearline::ui::SettingsDialog</name>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Igual ao sistema (%1)</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configurações não salvas</translation>
    </message>
</context>
<context>
    <name>clearline::ui::SetupDialog</name>
    <message>
        <source>Create my profile</source>
        <translation>Criar meu perfil</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Digite seu nome.</translation>
    </message>
    <message>
        <source>Type your district e-mail address, like name@yourdistrict.org.</source>
        <translation>Digite seu endereço de e-mail do distrito, como nome@seudistrito.org.</translation>
    </message>
    <message>
        <source>Choose your district</source>
        <translation>Escolha o seu distrito</translation>
    </message>
    <message>
        <source>Choose your district.</source>
        <translation>Escolha o seu distrito.</translation>
    </message>
    <message>
        <source>Several schools, or the district office</source>
        <translation>Várias escolas, ou a secretaria do distrito</translation>
    </message>
    <message>
        <source>Staff (teacher, coach, advisor, volunteer…)</source>
        <translation>Equipe (professor, treinador, orientador, voluntário…)</translation>
    </message>
    <message>
        <source>Use a pack file from your district…</source>
        <translation>Usar um arquivo de pacote do seu distrito…</translation>
    </message>
    <message>
        <source>Your district&apos;s policy pack</source>
        <translation>Pacote de política do seu distrito</translation>
    </message>
    <message>
        <source>Policy packs (pack.yaml *.yaml)</source>
        <translation>Pacotes de política (pack.yaml *.yaml)</translation>
    </message>
    <message>
        <source>Policy pack</source>
        <translation>Pacote de política</translation>
    </message>
    <message>
        <source>This pack is %1, so ClearLine cannot use it. Ask your district&apos;s IT staff for the signed pack (pack.yaml with its pack.yaml.sig).</source>
        <translation>O ClearLine não pode usar este pacote (%1). Peça o pacote assinado à equipe de TI do seu distrito (pack.yaml com o seu pack.yaml.sig).</translation>
    </message>
    <message>
        <source>This pack could not be read: %1</source>
        <translation>Não foi possível ler este pacote: %1</translation>
    </message>
    <message>
        <source>%1 (signed by key %2)</source>
        <translation>%1 (assinado com a chave %2)</translation>
    </message>
</context>
<context>
    <name>clearline::ui::TaskCard</name>
    <message>
        <source>Not available yet: this comes in a later version of ClearLine.</source>
        <translation>Ainda não disponível: virá em uma versão futura do ClearLine.</translation>
    </message>
    <message>
        <source>Press Enter or click to start</source>
        <translation>Pressione Enter ou clique para começar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>ClearLine cannot start</source>
        <translation>O ClearLine não pode ser iniciado</translation>
    </message>
    <message>
        <source>Your profile is ready</source>
        <translation>Seu perfil está pronto</translation>
    </message>
    <message>
        <source>ClearLine made your signing key. Its fingerprint is

%1

The people who approve your requests, or district IT, may ask you for it, to be sure that requests signed with it are yours. You can see it again under File, Your profile.</source>
        <translation>O ClearLine criou sua chave de assinatura. A impressão digital dela é

%1

As pessoas que aprovam suas solicitações, ou a equipe de TI do distrito, podem pedi-la a você para ter certeza de que as solicitações assinadas com ela são suas. Você pode vê-la de novo em Arquivo, Seu perfil.</translation>
    </message>
</context>
</TS>
