# Focal Loss Explorer: português do Brasil. Termos: i18n/glossary.md.

lang-auto = Idioma do navegador
true-class-positive = positiva (peso α)
true-class-negative = negativa (peso 1 − α)
panel-page = a página inteira
panel-explorer = Explorador
panel-imbalance = Desbalanceamento de classes
panel-calculators = Calculadoras
panel-variants = Variantes
panel-multi-class = Multiclasse
panel-lab = Laboratório de treinamento
panel-yours = Suas predições
panel-code = Use no seu código
panel-check = Confira sua implementação
theme-auto = do sistema
theme-light = claro
theme-dark = escuro
bench-off = não
bench-explorer = latência do Explorador
bench-imbalance = latência do desbalanceamento
bench-train = vazão do treinamento
bench-smooth = tempos de quadro durante o treinamento
bench-memory = memória em uma sessão longa
bench-paints = contar as repinturas de cada gráfico
optimiser-full-batch = descida do gradiente em lote completo
optimiser-sgd = SGD em minilotes, momento 0,9, lote de 1024
schedule-constant = constante
schedule-linear = linear do γ inicial ao γ final
lab-loss-cross-entropy = entropia cruzada (CE)
lab-loss-balanced-cross-entropy = CE balanceada por α
lab-loss-focal = perda focal (γ, α)
lab-loss-focal-no-alpha = perda focal (γ, sem α)
lab-loss-focal-star = FL* (γ, β = 1)
lab-loss-ohem = CE + mineração de exemplos difíceis 1:3
lab-loss-focal-ohem = FL + mineração de exemplos difíceis 1:3 (γ, α)
lab-loss-class-balanced-focal = FL balanceada por classe (β = 0,9999)
prior-start-both = as duas execuções
prior-start-neither = nenhuma (b = 0)
prior-start-only-b = só a execução B (A começa em b = 0)
yes-no-yes = sim
yes-no-no = não
mode-live = ao vivo
mode-run = execução sem interface
scenario-custom = ajustes próprios
scenario-helps = a perda focal ajuda: um orçamento limitado
scenario-prior = a inicialização pela probabilidade a priori (§3.3)
scenario-convex = bem especificado, treinado por muito tempo: um empate
scenario-alpha = α com γ = 2: o limiar, não a ordenação
param-objects-label = Objetos entre eles P
param-objects-spoken = objetos
param-counts-label = Exemplos por classe
param-counts-spoken = exemplos por classe
param-beta-label = β balanceado por classe
param-beta-spoken = beta
param-hide-label = Painéis e controles ocultos
param-hide-spoken = ocultos
param-lock-label = Controles travados
param-lock-spoken = travados
param-quiz-label = Perguntas mostradas
param-quiz-spoken = perguntas
param-present-label = Modo apresentação
param-present-spoken = modo apresentação
param-pt-label = p_t (probabilidade da classe verdadeira)
param-pt-spoken = p t
param-y-label = Classe verdadeira
param-y-spoken = classe verdadeira
param-ratio-label = Desbalanceamento: negativos por positivo
param-ratio-spoken = proporção
param-neg-label = Negativos: p_t médio (quão fáceis)
param-neg-spoken = p t médio dos negativos
param-pos-label = Positivos: p_t médio (quão difíceis)
param-pos-spoken = p t médio dos positivos
param-spread-label = Dispersão: desvio padrão de logit(p_t)
param-spread-spoken = dispersão
param-anchors-label = Exemplos (âncoras) N
param-anchors-spoken = âncoras
param-lrsched-label = Cronograma da taxa de aprendizado
param-lrsched-spoken = cronograma da taxa de aprendizado
param-seed-label = Semente
param-seed-spoken = semente
param-shape-label = Forma
param-shape-spoken = forma
param-npos-label = Positivos
param-npos-spoken = positivos
param-lratio-label = Negativos por positivo
param-lratio-spoken = proporção
param-hard-label = Negativos difíceis (fração)
param-hard-spoken = fração difícil
param-quad-label = Atributos quadráticos (x², y², xy)
param-quad-spoken = atributos quadráticos
param-useprior-label = Viés a partir da probabilidade a priori π
param-useprior-spoken = viés a partir da probabilidade a priori
param-opt-label = Otimizador
param-opt-spoken = otimizador
param-lr-label = Taxa de aprendizado
param-lr-spoken = taxa de aprendizado
param-warmup-label = Épocas de aquecimento
param-warmup-spoken = aquecimento
param-clip-label = Limitar a norma do gradiente (0: não)
param-clip-spoken = limite
param-norm-label = Normalizar a perda por
param-norm-spoken = normalizar a perda por
param-sched-label = Cronograma de γ
param-sched-spoken = cronograma de γ
param-g0-label = γ inicial
param-g0-spoken = gama inicial
param-g1-label = γ final
param-g1-spoken = gama final
param-epochs-label = Épocas (previstas)
param-epochs-spoken = épocas
param-speed-label = Velocidade (épocas por quadro)
param-speed-spoken = velocidade
param-thr-label = Limiar
param-thr-spoken = limiar
param-lab-label = Modo do laboratório
param-lab-spoken = modo do laboratório
param-dump-label = Exportar a partição de teste
param-dump-spoken = exportar a partição de teste
param-scenario-label = Cenário
param-scenario-spoken = cenário do laboratório
param-mclogits-label = Logits
param-mclogits-spoken = logits
param-mct-label = Classe-alvo
param-mct-spoken = classe-alvo
param-mcalpha-label = α por classe
param-mcalpha-spoken = alfa
param-embed-label = Incorporar
param-embed-spoken = incorporar
param-theme-label = Tema
param-theme-spoken = tema
param-bench-label = Benchmark
param-bench-spoken = benchmark
param-gamma-label = γ (foco)
param-gamma-spoken = gama
param-alpha-label = α (peso dos positivos)
param-alpha-spoken = alfa
param-alpha-off = Sem α (peso 1 para cada exemplo, como α = −1 no torchvision)
param-prior-label = Probabilidade a priori π
param-prior-spoken = probabilidade a priori
param-eps-label = ε da Poly-1
param-eps-spoken = épsilon
run-a-loss = Perda da execução A
run-b-loss = Perda da execução B
run-a-gamma = γ da execução A
run-a-gamma-spoken = gama da execução A
run-a-alpha = α da execução A
run-a-alpha-spoken = alfa da execução A
run-b-gamma = γ da execução B
run-b-gamma-spoken = gama da execução B
run-b-alpha = α da execução B
run-b-alpha-spoken = alfa da execução B
lr-schedule-const = constante
lr-schedule-seed = aquecimento a partir de 0,1× por 10 épocas, depois ×0,1 nos últimos 20 %
shape-blobs = nuvens
shape-ring = positivos em um anel
shape-cluster = grupo positivo dentro de um anel negativo
shape-beside = negativos difíceis ao lado dos positivos, uma nuvem ampla e fácil abaixo
normalisation-pos = o número de positivos
normalisation-mean = o número de exemplos (média)
control-exact-value = { $label } (valor exato)
control-outside = { $raw } está fora de { $min } a { $max }; usando { $used }.
control-not-a-number = “{ $raw }” não é um número. Digite um valor de { $min } a { $max }.
list-entry = { $item } { $k }
list-item-class = classe
list-item-alpha = α
list-add-class = Adicionar uma classe
list-remove-class = Remover a última classe
list-add-alpha = Adicionar um α
list-remove-alpha = Remover o último α
param-lang-label = Idioma
param-lang-spoken = idioma
locked-note = Fixado pelo link do seu professor.
chart-hover-hint = Aponte para o gráfico para ler seus valores.
page-title = Explorador da perda focal
embedded-title = Explorador da perda focal: { $panel }
lede-before = A perda focal (focal loss; Lin et al., 2017) multiplica a entropia cruzada por
lede-after = para que os muitos exemplos fáceis parem de abafar os poucos difíceis. Mova os controles deslizantes e observe.
colophon-paper = Lin, Goyal, Girshick, He, Dollár: “Focal Loss for Dense Object Detection”, ICCV 2017.
colophon-numbers = Os números coincidem com o sigmoid_focal_loss do torchvision. Funciona offline depois de carregado.
tool-embed = Incorporar…
tool-exercise = Criar um link de exercício…
tool-present = Modo apresentação
toolbar-label = Ferramentas da página
share-button = Copiar o link deste estado
share-copied = Link copiado (se o seu navegador permitiu):
share-permalink = Link permanente
embed-frame-title = Explorador da perda focal: { $panel }
embed-panel-label = Painel a incorporar
embed-paste = Cole isto na sua página:
embed-resize-comment = Opcional: deixe o quadro ajustar o próprio tamanho (veja embed-resize.js ao lado do app)
embed-copy = Copiar o trecho
example-easy = Exemplo fácil (p_t = { $pt })
example-easy-why = Já bem classificado: a perda focal reduz sua perda por (1 − { $pt })^γ, a quase nada.
example-hard = Exemplo difícil (p_t = { $pt })
example-hard-why = Mal classificado: (1 − { $pt })^γ fica perto de 1, então a perda focal mantém quase toda a entropia cruzada.
example-paper-100 = Artigo: γ = { $gamma }, p_t = { $pt } → { $ratio }×
example-paper-100-why = O primeiro ponto de verificação do artigo: com γ = { $gamma } e sem α, um exemplo com p_t = { $pt } tem { $ratio }× menos perda do que com CE.
example-paper-1000 = Artigo: γ = { $gamma }, p_t ≈ { $pt } → ~{ $ratio }×
example-paper-1000-why = O segundo ponto de verificação do artigo: com p_t ≈ { $pt } a perda é cerca de { $ratio }× menor (exatamente { $exact }× com { $pt }).
examples-label = Exemplos
readout-ce = Entropia cruzada CE = −ln p_t
readout-modulating = Fator modulador (1 − p_t)^γ
readout-fl = Perda focal FL
legend-label = Legenda dos gráficos
legend-current = { $gamma } (atual)
legend-point = o ponto atual
explorer-chart-summary = { $title }. Curvas para γ = { $gammas } e o γ atual = { $gamma }. Ponto marcado: p_t = { $x }, valor { $y }.
present-lab-why = O cenário do laboratório: a legenda diz o que observar.
chart-loss-title = perda focal versus p_t
chart-loss-title-weighted = perda focal ponderada por α_t versus p_t
chart-modulating-title = fator modulador (1 − p_t)^γ
chart-gradient-title = |dFL/dlogit| versus p_t
chart-gradient-title-weighted = |dFL/dlogit| ponderado por α_t versus p_t
axis-loss = perda
axis-factor = fator
axis-gradient = |gradiente|
axis-pt = p_t (probabilidade da classe verdadeira)
times-zero = FL é 0: α_t = 0 elimina este exemplo
times-equal = FL é igual a CE (sem redução de peso)
times-smaller = FL é { $ratio }× menor que CE
formula-ce = entropia cruzada
formula-fl = perda focal
formula-gradient = gradiente da perda focal em relação ao logit
table-show = Mostrar como tabela
table-hide = Ocultar a tabela
chart-export = { $title }: exportar
chart-as-table = { $title } como tabela
correction-not-a-number = { $key }=“{ $given }” não é um número, então { $key } = { $used } é usado.
correction-below-min = { $key }=“{ $given }” está abaixo do menor valor permitido, então { $key } = { $used } é usado.
correction-above-max = { $key }=“{ $given }” está acima do maior valor permitido, então { $key } = { $used } é usado.
correction-unknown-option = { $key }=“{ $given }” não é uma das opções, então { $key } = { $used } é usado.
correction-repeated = { $key }=“{ $given }” aparece mais de uma vez e vale a última, então { $key } = { $used } é usado.
correction-wrong-length = { $key }=“{ $given }” tem entradas demais ou de menos, então { $key } = { $used } é usado.
correction-inconsistent = { $key }=“{ $given }” não combina com os outros ajustes, então { $key } = { $used } é usado.
correction-not-whole = { $key }=“{ $given }” não é um número inteiro, então { $key } = { $used } é usado.
correction-unknown-name = { $key }=“{ $given }” indica algo que esta página não tem, então { $key } = { $used } é usado.
notice-heading = Alguns parâmetros do link foram ajustados:
notice-dismiss = Fechar
later-failed = O resto da página não carregou (a rede caiu?). O Explorador acima funciona.
later-retry = Tentar de novo
panic-before = Algo deu errado —
panic-reload = recarregar
panic-after = (seus ajustes ficam guardados no link).
imbalance-sentence-less = Em { $ratio }, os negativos (p_t médio { $pt }) respondem por { $ce } da perda CE, mas só por { $fl } da perda focal (γ = { $gamma }).
imbalance-sentence-more = Em { $ratio }, os negativos (p_t médio { $pt }) respondem por { $ce } da perda CE e por { $fl } da perda focal (γ = { $gamma }).
verdict-start = Aperte Reproduzir (ou Passo) para treinar as duas execuções a partir dos mesmos pesos iniciais.
verdict-tie = Após { $epoch } épocas as duas execuções ordenam o conjunto de teste quase igualmente bem (AP { $a } para A, { $b } para B).
verdict-lead = Após { $epoch } épocas a execução { $winner } ({ $w }) supera a { $loser } ({ $l }) por { $gap } de AP ({ $high } contra { $low }).
verdict-best = A melhor AP possível nesta partição de teste (ordenando pela razão de verossimilhança exata das distribuições dos dados) é { $best }: A alcança { $a } dela, B { $b }. Revocação (recall) em 0,5: A { $ra }, B { $rb }.
verdict-why-tie = Isso é esperado quando o treinamento converge: nas duas caudas a perda focal se comporta como a entropia cruzada sobre logits três vezes maiores, então um modelo que pode escalar seus pesos chega a quase a mesma ordenação com qualquer uma das perdas. A perda focal muda quais exemplos o gradiente escuta (observe as primeiras épocas e as CDFs da perda) e como as probabilidades são calibradas. Os grandes ganhos do artigo vêm de detectores profundos que pontuam 100.000 âncoras por imagem, onde os negativos fáceis dominam cada passo.
multiclass-heading = Perda focal multiclasse (softmax)
multiclass-intro = FL = −α_t (1 − p_t)^γ ln p_t com p = softmax(logits); α é por classe (a convenção do Keras).
multiclass-target-row = { $k } (alvo)
multiclass-class = classe { $k }
multiclass-table = Tabela multiclasse
multiclass-col-class = classe
multiclass-col-logit = logit
multiclass-col-p = p softmax
multiclass-ce = CE = −ln p_alvo
variant-ce-citation = entropia cruzada; perda focal com γ = 0
variant-flstar-citation = Lin et al. 2017, apêndice A (mostrada com γ = 2, β = 1 e γ = 4, β = 0)
variant-flsd-formula = perda focal com γ = 5 onde p_t < 0,2, senão γ = 3
variants-chart-title = perda versus p_t para um positivo, por variante
variants-heading = Variantes, lado a lado
variants-summary = Perda versus p_t para um exemplo positivo com CE, perda focal com γ = { $gamma }, FL* (γ = 2, β = 1 e γ = 4, β = 0), Poly-1 com ε = { $epsilon } e FLSD-53.
imbalance-heading = Desbalanceamento de classes: por que os negativos fáceis afogam a entropia cruzada
imbalance-intro-1 = Um detector denso pontua cerca de { $anchors } caixas candidatas por imagem, e menos de { $objects } são objetos.
imbalance-intro-2 = Cada negativo fácil tem uma perda pequena, mas são tantos que, com entropia cruzada, eles dominam tanto a perda quanto o gradiente.
imbalance-intro-3 = Aqui o p_t de cada classe segue uma distribuição logit-normal; as esperanças são integradas numericamente.
shares-table = Tabela das participações na perda
shares-caption = Por exemplo e sobre N = { $n } exemplos
shares-col-loss = perda
shares-col-pos = por positivo
shares-col-neg = por negativo
shares-col-total = total sobre N
shares-col-share = participação dos negativos na perda
shares-col-grad = participação dos negativos no |gradiente|
gamma-row-current = { $gamma } (atual)
gamma-table = Tabela do efeito de γ
gamma-caption = Como γ pesa um exemplo fácil (p_t = { $easy }) contra um difícil (p_t = { $hard }): (1 − p_t)^γ
gamma-col-easy = peso fácil
gamma-col-hard = peso difícil
gamma-col-ratio = difícil ÷ fácil
share-summary = Fração da perda e do gradiente carregada pelos negativos para proporções de 1:1 a 1:100.000, com CE, α-CE e FL. { $sentence }
mass-summary = Onde fica a perda { $loss } ao longo de p_t: os negativos em torno de p_t { $neg } carregam { $share }, os positivos em torno de p_t { $pos } o resto.
imbalance-chart-note-1 = Esquerda: as linhas cheias são a participação na perda, as tracejadas a participação no |gradiente|; a linha vertical é a proporção atual.
imbalance-chart-note-2 = Meio e direita: contagem × densidade × perda de cada classe, como fração do total, de modo que a área sob as duas curvas é 1.
share-series-loss = perda { $loss }
share-series-grad = |gradiente| { $loss }
share-chart-title = participação dos negativos (cheia: perda, tracejada: |gradiente|)
share-axis-x = negativos por positivo
share-axis-y = fração dos negativos
mass-negatives = negativos
mass-positives = positivos
mass-chart-title = onde fica a perda { $loss }
mass-axis-x = p_t (escala log-odds)
mass-axis-y = participação na perda total
alpha-calc-heading = α a partir das frequências das classes
alpha-table = Tabela de pesos por classe
alpha-col-count = contagem
alpha-col-freq = frequência
alpha-col-inv = frequência inversa N/(K·n), limitada a [{ $lo }, { $hi }]
alpha-col-cb = balanceada por classe (Cui et al. 2019)
alpha-col-from-freq = α pela frequência 1 − n/N, limitada a [{ $lo }, { $hi }]
alpha-note-1 = Os pesos balanceados por classe usam o número efetivo (1 − βⁿ)/(1 − β) e são normalizados para somar o número de classes.
alpha-note-2 = A última coluna é a regra de muitas bases de código de perda focal (“α pela frequência”): 1 − n/N por classe, limitada, não normalizada; ao contrário da frequência inversa, não passa de 0,9 por mais rara que seja a classe, e ao contrário dos pesos balanceados por classe, ignora quantos exemplos uma classe tem em termos absolutos, só sua participação.
alpha-note-3 = Note que o α = 0,25 binário do artigo vai no sentido oposto ao da frequência inversa: depois que γ reduziu o peso dos negativos fáceis, o melhor α dá aos positivos raros menos peso, não mais (Lin et al., Tabela 1a).
prior-heading = Inicialização do viés pela probabilidade a priori (§3.3)
prior-bias = viés b = −ln((1 − π)/π)
prior-ce-zero = CE inicial, b = 0
prior-ce-prior = CE inicial, b a partir de π
prior-fl-zero = FL inicial, b = 0
prior-fl-prior = FL inicial, b a partir de π
prior-sentence = Com b = 0 toda âncora começa em p = 0,5, então só o fundo contribui com { $zero } para a primeira perda; começar em p = π a reduz a { $prior }, e o treinamento é estável desde o primeiro passo.
caption-custom = Ajustes livres. Escolha um cenário acima para ver uma afirmação demonstrada, ou mude o que quiser abaixo.
caption-helps = A execução B (perda focal, γ = { $gamma }, sem α) ordena o conjunto de teste melhor do que a A (entropia cruzada) após { $epochs } épocas de descida em lote completo: por pelo menos { $min } de AP em cada semente que os testes verificam. Observe o monitor da participação fácil e a Fig. 4: com CE os { $easy } negativos fáceis carregam a maior parte do gradiente, então os primeiros passos da CE encolhem sobretudo o peso ao longo do eixo largo da nuvem fácil, justamente a direção que separa os { $positives } positivos dos { $hard } negativos difíceis ao lado deles; os passos da FL seguem positivos contra negativos difíceis desde o início. As duas ficam bem abaixo da linha de Bayes: um modelo linear não consegue se ajustar a essa disposição. Aumente as épocas para ver um orçamento maior: nas duas caudas FL(z) se comporta como CE(3z), então um modelo que pode escalar seus logits pode chegar à mesma ordenação com qualquer uma das perdas. Aqui a perda focal chega lá antes.
caption-prior = As duas execuções usam a mesma perda (perda focal, γ = { $gamma }); diferem só em onde o viés começa: a A em b = 0, a B em b = −ln((1 − π)/π) com π = { $prior } (§3.3 do artigo). Com b = 0 cada um dos { $negatives } negativos começa em p = 0,5 com uma perda grande, e o gradiente deles domina os primeiros passos: após { $epochs } épocas a B supera a A por pelo menos { $min } de AP em cada semente que os testes verificam. A linha de Bayes mostra o quanto B se aproxima.
caption-convex = Duas classes gaussianas com atributos quadráticos: o modelo está bem especificado (a razão de log-verossimilhança exata é quadrática) e a perda é convexa. Após { $epochs } épocas de SGD em minilotes as duas execuções terminam a menos de { $bayes } de AP da linha de Bayes e a menos de { $each } de AP uma da outra em cada semente que os testes verificam. A perda focal não ajuda aqui: com uma perda convexa e um modelo que contém a melhor ordenação, qualquer perda própria treinada por tempo suficiente a encontra.
caption-alpha = Duas execuções com perda focal e γ = { $gamma }: a A com α = { $alpha-a }, a B com α = { $alpha-b } (a escolha do artigo para γ = 2). α pesa positivos contra negativos, e isso desloca cada pontuação mais do que as reordena: após { $epochs } épocas as duas APs ficam a menos de { $band } uma da outra em cada semente que os testes verificam, enquanto no limiar { $threshold } a revocação de A é pelo menos { $recall } maior e a precisão de B pelo menos { $precision } maior. Neste modelo α define sobretudo onde um limiar corta, não quão bem as execuções ordenam.
lab-heading = Laboratório de treinamento: entropia cruzada versus perda focal em dados { $ratio }
lab-intro-1 = Dois modelos de regressão logística, A e B, treinam em sincronia sobre os mesmos dados sintéticos a partir dos mesmos pesos iniciais; só as perdas diferem.
lab-intro-2 = As métricas são medidas numa partição de teste separada, gerada da mesma forma. Com desbalanceamento a acurácia não diz nada (prever “negativo” em tudo acerta { $accuracy }), então observe a AP, a precisão e a revocação (recall).
lab-capped = Usando { $used } positivos em vez de { $asked }: uma partição tem no máximo { $max } exemplos nesta proporção.
lab-bayes = melhor AP possível (ordenação bayesiana ótima da partição de teste)
lab-buttons = Treinamento
lab-play = Reproduzir
lab-pause = Pausar
lab-step = Avançar uma época
lab-reset = Reiniciar
lab-epoch = época
lab-export-csv = Exportar dados (CSV)
lab-export-json = Exportar histórico (JSON)
lab-chart-pending = Um gráfico do laboratório, assim que seus dados forem desenhados
heatmap-summary = { $title }: a probabilidade do modelo sobre o plano (azul negativo, laranja positivo), com { $positives } positivos e uma amostra de { $negatives } negativos.
run-heading = Execução { $run } — { $loss }
run-train-loss = perda de treino
run-test-loss = perda de teste
run-ap = AP (teste)
run-ap-share = AP como fração da melhor possível
run-roc-auc = ROC-AUC (teste)
run-precision = precisão em { $threshold }
run-recall = revocação em { $threshold }
run-easy-share = participação dos exemplos fáceis na perda (p_t > { $pt })
run-weights = pesos (x, y, x², y², xy, viés):
confusion-caption = execução { $run } no limiar { $threshold }
confusion-predicted-pos = previsto +
confusion-predicted-neg = previsto −
confusion-actual-pos = real +
confusion-actual-neg = real −
scenario-modified = Estes ajustes diferem dos do cenário, então a afirmação dele pode não valer.
scenario-restore = Restaurar os ajustes do cenário
settings-heading = Ajustes
settings-data = Dados
settings-shape-note = Nesta disposição nenhuma execução alcança a melhor AP possível: a melhor fronteira é uma curva contra os negativos difíceis e outra contra a nuvem fácil, e o modelo traça uma só linha (ou, com atributos quadráticos, uma só cônica).
settings-optimisation = Otimização (as duas execuções)
settings-adaptive = γ adaptativo: { $start } → { $end }
settings-run = Execução { $run }
settings-note = Mudar um ajuste começa um novo experimento (as duas execuções reiniciam). O cronograma de γ, quando linear, substitui o γ de cada execução focal.
diverged-loss = a perda de treino ficou infinita ou NaN
diverged-weights = os pesos ficaram infinitos ou NaN
diverged-exploded = a perda de treino explodiu para mais de { $times }× seu primeiro valor ({ $loss })
lab-diverged = A execução { $run } divergiu na época { $epoch }: { $why }. O treinamento está pausado. Reduza a taxa de aprendizado, ative o limite do gradiente ou o aquecimento e aperte Reiniciar.
lab-diverged-short = execução { $run } na época { $epoch }: { $why }
heatmap-title = execução { $run } ({ $loss }): p(positivo)
published-summary = Resultados publicados para contexto (COCO, detectores profundos — não calculados aqui)
published-1a-label = Tabela 1a do artigo
published-1a = Lin et al. 2017, Tabela 1a: CE balanceada por α (γ = 0), ResNet-50, COCO minival
published-1b-label = Tabela 1b do artigo
published-1b = Lin et al. 2017, Tabela 1b: perda focal, melhor α para cada γ
published-coco-label = Tabela de detectores no COCO
published-coco = COCO test-dev segundo cada artigo (velocidades no hardware de cada artigo; não comparáveis entre linhas)
published-col-detector = detector
published-col-backbone = backbone
published-col-source = fonte
detector-fcos-improved = FCOS com melhorias
source-fpn = Lin et al. 2017 (FPN), via Tabela 2 do RetinaNet
source-dssd = Fu et al. 2017 (DSSD), via Tabela 2 do RetinaNet
source-retinanet = Lin et al. 2017, Tabela 2
source-fcos = Tian et al. 2019 (ICCV), Tabela 5
source-fcos-improved = Tian et al. 2019, Tabela 5 (a linha com as melhorias posteriores)
lab-series-train = { $run } treino
lab-series-test = { $run } teste
lab-loss-title = perda ÷ perda na época 0
lab-loss-axis = perda relativa
lab-series-ap = { $run } AP
lab-bayes-series = melhor possível (Bayes)
lab-ap-title = precisão média (teste)
lab-series-precision = { $run } precisão
lab-series-recall = { $run } revocação
lab-pr-epochs-title = precisão e revocação em { $threshold } (teste)
lab-fraction-axis = fração
lab-pr-title = precisão–revocação agora (teste)
lab-axis-recall = revocação
lab-axis-precision = precisão
lab-axis-epoch = época
cdf-positives = positivos γ = { $gamma }
cdf-negatives = negativos γ = { $gamma }
cdf-title = CDF da perda, execução { $run } (Fig. 4 do artigo)
cdf-axis-x = fração dos exemplos
cdf-axis-y = perda normalizada acumulada
quiz-ce-over-fl-q = Com γ = { $gamma } e sem α, um exemplo fácil tem p_t = { $pt }. Quantas vezes menor que a sua entropia cruzada é a sua perda focal?
quiz-ce-over-fl-why = (1 − p_t)^γ = { $base }² = { $factor }, então a perda focal é { $ratio }× menor que a CE ({ $fl } contra { $ce }). O ponto do artigo: um exemplo fácil quase não conta mais.
quiz-alpha-class-q = Com α = { $alpha }, qual classe pesa mais?
quiz-alpha-class-positives = os positivos (a classe rara)
quiz-alpha-class-negatives = os negativos (o fundo)
quiz-alpha-class-both = as duas igualmente
quiz-alpha-class-why = α é o peso dos positivos e 1 − α o dos negativos: { $pos } contra { $neg }. Com γ = 2 o artigo achou α = 0,25 o melhor: a perda focal já silencia os muitos negativos fáceis, então a classe rara precisa de menos ajuda do que a CE balanceada por α lhe dá.
quiz-prior-bias-q = Que viés b faz um modelo novo prever p = { $prior } para toda âncora (a probabilidade a priori π = { $prior })?
quiz-prior-bias-why = b = −ln((1 − π)/π) = −ln(99) = { $bias }. Começando daí, os { $negatives } negativos fáceis não dominam os primeiros passos do treinamento (§3.3 do artigo); b = 0 começa toda âncora em p = 0,5.
quiz-gamma-zero-q = Com γ = 0 e sem α, a perda focal é…
quiz-gamma-zero-exact = exatamente a entropia cruzada
quiz-gamma-zero-half = metade da entropia cruzada
quiz-gamma-zero-easy = zero para exemplos fáceis
quiz-gamma-zero-why = (1 − p_t)⁰ = 1 para todo p_t, então FL = CE em todo exemplo (verificado aqui de −20 a 20 no logit, nas duas classes). Com α ela é a CE balanceada por α.
quiz-neg-share-q = Com 1 positivo para cada { $negatives } negativos (as distribuições da visão de desbalanceamento), que fração da perda de entropia cruzada vem dos negativos? (em %)
quiz-neg-share-why = { $share } da perda CE vem dos negativos, embora a perda de cada negativo fácil seja pequena: há mil deles para cada positivo. É esse o desbalanceamento para o qual a perda focal foi criada.
quiz-hard-gradient-q = Um exemplo difícil (p_t = { $pt }, γ = { $gamma }, sem α): quanto do seu gradiente de entropia cruzada |dCE/dlogit| a perda focal mantém?
quiz-hard-gradient-all = quase tudo
quiz-hard-gradient-half = cerca da metade
quiz-hard-gradient-tenth = cerca de um décimo ou menos
quiz-hard-gradient-why = { $kept } dele ({ $fl } contra { $ce }); um exemplo fácil (p_t = 0,9) mantém só { $easy }. A perda focal abaixa o gradiente dos exemplos fáceis, não dos difíceis, então os difíceis lideram.
quiz-alpha-ap-q = No cenário α do laboratório (γ = 2), o que α = 0,25 em vez de 0,75 faz com a precisão média?
quiz-alpha-ap-raises = aumenta claramente
quiz-alpha-ap-lowers = diminui claramente
quiz-alpha-ap-barely = quase não muda: α move o limiar, não a ordenação
quiz-alpha-ap-why = Em cada semente que os testes tentaram, a AP das duas execuções fica a menos de 0,01 uma da outra, enquanto no limiar α = 0,75 tem a maior revocação e α = 0,25 a maior precisão: um peso de classe desloca onde as pontuações caem, não a ordem delas.
quiz-fl-above-ce-q = A perda focal (γ ≥ 0, α em [0, 1] ou nenhum) pode alguma vez ser maior que a entropia cruzada no mesmo exemplo?
quiz-fl-above-ce-yes = sim, para exemplos difíceis
quiz-fl-above-ce-no = não, nunca
quiz-fl-above-ce-why = Não: (1 − p_t)^γ ≤ 1 e α_t ≤ 1, então FL = α_t (1 − p_t)^γ CE ≤ CE em todo exemplo. A perda focal só tira, menos dos exemplos difíceis do que dos fáceis.
quiz-not-a-number = “{ $raw }” não é um número.
quiz-pick-first = Escolha uma das respostas primeiro.
quiz-right = Certo. { $why }
quiz-wrong = Não exatamente: { $answer }. { $why }
quiz-label = Teste-se: { $panel }
quiz-heading = Teste-se
quiz-your-answer = Sua resposta…
quiz-check = Conferir minha resposta
quiz-forget = Esquecer
exercise-group-shared = γ, α e a probabilidade a priori π (compartilhados por vários painéis)
exercise-free = livre
exercise-locked = travado no valor desta página
exercise-hidden = oculto
exercise-heading = Criar um link de exercício
exercise-note = O link mantém os valores atuais desta página: ajuste-os primeiro e depois escolha o que os alunos veem. Um controle travado mostra seu valor e não pode ser movido.
exercise-panels = Painéis a mostrar
exercise-controls = Controles
exercise-checks = Perguntas do “Teste-se” a fazer
exercise-present = Abrir no modo apresentação
exercise-link = O link do exercício:
exercise-copy = Copiar o link
exercise-preview = Pré-visualizar
exercise-open-tab = Abrir em uma nova aba
exercise-frame = Pré-visualização do link do exercício
exercise-embed = Ou incorpore um painel com os mesmos controles ocultos e travados:
exercise-snippet = Trecho para incorporar
present-intro = Modo apresentação: → e ← percorrem { $total } ajustes prontos.
present-region = Apresentação
present-back = Ajuste anterior
present-next = Próximo ajuste
present-exit = Sair do modo apresentação
code-copy = Copiar
code-returns = retorna para o ponto atual
code-listing = código { $library }
code-intro = Para o ponto atual do Explorador (p_t = { $pt }, um exemplo { $class }), γ = { $gamma } e { $alpha }:
code-positive = positivo
code-negative = negativo
code-no-alpha = sem α
code-conventions = Convenções que diferem entre bibliotecas
convention-torchvision = torchvision e fvcore dão α aos positivos e 1 − α aos negativos; α = −1 (o padrão do fvcore) desliga a ponderação. O padrão do torchvision é α = 0,25.
convention-keras-alpha = O BinaryFocalCrossentropy do Keras ignora α a menos que apply_class_balancing=True (padrão False).
convention-keras-clip = O Keras limita as probabilidades a [1e-7, 1 − 1e-7], então sua perda satura em −ln(1e-7) ≈ 16,1 mesmo com from_logits=True, enquanto a do torchvision continua crescendo linearmente com o logit.
convention-categorical = O CategoricalFocalCrossentropy do Keras multiplica toda classe por α (um escalar ou um valor por classe); o kornia com α escalar dá à classe 0 o peso 1 − α e a todas as outras α.
convention-soft = Rótulos suaves: o torchvision usa p_t = p·y + (1 − p)(1 − y) com o y suave; a perda focal binária do kornia pondera os dois termos logarítmicos separadamente, então as duas diferem para 0 < y < 1.
yours-kept = { $problem } Os dados mostrados antes foram mantidos.
yours-unreadable = O arquivo não pôde ser lido ({ $why }). Os dados mostrados antes foram mantidos.
yours-intro = O que a perda focal faria com as saídas do seu modelo? Carregue uma tabela com uma linha de cabeçalho: label (0 ou 1) e uma entre logit (uma pontuação bruta) ou prob (a probabilidade da classe positiva); as outras colunas são ignoradas, e vírgulas, tabulações, ponto e vírgula ou espaços funcionam. As saídas sigmoide por classe de um detector viram uma linha por âncora e classe: label 1 onde a âncora está atribuída a um objeto dessa classe.
yours-privacy = Seu arquivo é lido nesta aba e nunca sai dela: nada é enviado, e os dados não vão para o link (o link guarda só γ e α).
yours-open = Abrir um arquivo (ou soltá-lo neste painel)
yours-sample = Carregar a amostra ({ $anchors } âncoras, { $ratio })
yours-paste = Colar linhas em vez disso
yours-paste-label = Linhas, com o cabeçalho primeiro
yours-load = Carregar as linhas coladas
yours-reading = Lendo…
yours-described = { $rows } linhas de { $source } ({ $delimiter }, coluna { $column }), lidas e resumidas em { $seconds } s.
yours-none-refused = Nenhuma linha foi recusada.
yours-refused-line = linha { $line }: { $problem }
yours-refused-many = { $n } linhas foram recusadas (as boas são usadas); as primeiras { $listed }:
yours-refused-one = 1 linha foi recusada (as boas são usadas):
yours-refused-some = { $n } linhas foram recusadas (as boas são usadas):
source-pasted = o texto colado
source-sample = a amostra gerada
unreadable-slice = não foi possível fatiar o arquivo
unreadable-refused = o navegador se recusou a lê-lo
delimiter-commas = vírgulas
delimiter-tabs = tabulações
delimiter-semicolons = ponto e vírgula
delimiter-spaces = espaços
yours-rows = linhas usadas
yours-refused = linhas recusadas
yours-ap = precisão média
yours-shares = De onde vem a perda
yours-shares-estimated = De onde vem a perda (estimado enquanto você arrasta)
yours-shares-exact = De onde vem a perda (exato, todas as linhas)
yours-col-share = fração do total
yours-col-ce = entropia cruzada
yours-col-fl = perda focal
yours-row-neg = perda dos negativos
yours-row-easy = perda dos exemplos fáceis (p_t > { $pt })
yours-row-grad = |gradiente| dos negativos
yours-prior = taxa de positivos π
yours-mean-p = p previsto médio
yours-bias = viés a priori b = −ln((1 − π)/π)
yours-alpha-freq = α a partir das contagens
yours-pt-summary = Como os exemplos de cada classe se distribuem ao longo de p_t, num eixo log-odds.
yours-share-summary = Os negativos carregam { $fl } da perda focal e { $grad } do seu gradiente com γ = { $gamma }; { $ce } com entropia cruzada.
calibration-none = sem positivos não há taxa para comparar
calibration-close = quase calibrado em média
calibration-over = { $ratio }× a taxa: superestima os positivos em média
calibration-under = { $ratio }× a taxa: subestima os positivos em média
yours-prior-sentence = A probabilidade média do seu modelo é { $mean } contra uma taxa de positivos π = { $prior }: { $verdict }. Um modelo que começa com o viés a priori do artigo b = { $bias } prevê p = π para toda âncora.
yours-pt-title = onde ficam seus exemplos
yours-pt-axis = fração da classe
yours-share-gradient = seu |gradiente|
yours-share-title = participação dos seus negativos versus γ, com este α
row-not-a-number = { $column } “{ $text }” não é um número
row-not-finite = { $column } é NaN ou infinito
row-label = o rótulo { $value } não é 0 nem 1
row-prob-range = a probabilidade { $value } está fora de [0, 1]
row-infinite-loss = uma probabilidade de exatamente 0 ou 1 na classe errada (perda infinita)
row-missing = falta a coluna { $column }
row-column-count = { $found } colunas onde o cabeçalho tem { $expected }
file-empty = O arquivo está vazio.
file-header-only = O arquivo tem uma linha de cabeçalho e nenhuma linha de dados.
file-no-label = O cabeçalho não tem coluna “label” (0 para um negativo, 1 para um positivo).
file-both-scores = O cabeçalho tem “logit” e “prob” ao mesmo tempo: mantenha uma, para ficar claro qual a perda usa.
file-no-score = O cabeçalho não tem nem “logit” (uma pontuação bruta) nem “prob” (a probabilidade da classe positiva).
file-not-text = Este não é um arquivo de texto: salve as predições como CSV ou TSV.
file-too-large = O arquivo tem { $size } MB; o limite é { $limit } MB. Tire primeiro uma amostra das linhas (cada k-ésima âncora).
file-no-good-rows = Nenhuma linha pôde ser usada; os motivos das primeiras estão listados.
bug-alpha-everywhere-title = α em todo exemplo
bug-alpha-everywhere-why = α multiplica a perda de todo exemplo, então é só uma escala: os negativos deveriam receber 1 − α.
bug-alpha-swapped-title = α invertido
bug-alpha-swapped-why = Os negativos recebem α e os positivos 1 − α: com α = 0,25 os positivos raros perdem peso, não os negativos.
bug-log10-title = logaritmo na base 10
bug-log10-why = A entropia cruzada é calculada com log₁₀, então toda perda é 1/ln 10 ≈ 0,434 da verdadeira.
bug-log2-title = logaritmo na base 2
bug-log2-why = A entropia cruzada é calculada com log₂, então toda perda é 1/ln 2 ≈ 1,44 vez a verdadeira.
bug-no-gamma-title = γ ignorado
bug-no-gamma-why = Falta o fator modulador (1 − p_t)^γ: a perda é a entropia cruzada balanceada por α qualquer que seja γ.
bug-gamma-on-p-title = γ sobre p, não p_t
bug-gamma-on-p-why = O fator usa p, a probabilidade da classe positiva, em vez de p_t: para um negativo (1 − p)^γ é máximo quando ele é fácil, então os negativos fáceis ganham peso em vez de perdê-lo.
bug-double-sigmoid-title = sigmoide aplicada duas vezes
bug-double-sigmoid-why = As entradas passam por uma sigmoide que já tinha sido aplicada, então todo p fica em (0,5, 0,73) e a perda quase não depende do logit.
bug-double-sigmoid-fix = Passe logits a uma função que aplica a sigmoide, ou probabilidades a uma que não aplica.
bug-keras-clamp-title = o limite do Keras (uma convenção)
bug-keras-clamp-why = Não é um bug: p é limitado a [1e-7, 1 − 1e-7] dentro do log, como o Keras faz, então a perda de um exemplo muito errado para em −ln(1e-7) ≈ 16,1.
bug-keras-clamp-fix = Nada a corrigir se você queria o BinaryFocalCrossentropy do Keras; calcule a CE a partir de logits para coincidir com o torchvision.
bug-mean-title = a média
bug-mean-why = Seu único número é a média das perdas exatas (reduction="mean").
bug-mean-fix = Correto, se você queria a média. O artigo normaliza pelo número de positivos.
bug-sum-title = a soma
bug-sum-why = Seu único número é a soma das perdas exatas (reduction="sum").
bug-sum-fix = Correto, se você queria a soma.
bug-sum-over-positives-title = a soma dividida pelo número de positivos
bug-sum-over-positives-why = Seu único número é a soma das perdas exatas dividida pelo número de positivos: a normalização do artigo.
bug-sum-over-positives-fix = Correto: é assim que o RetinaNet normaliza (pelas âncoras atribuídas a objetos).
paste-empty = Cole primeiro as saídas da sua função: um número por linha, na ordem das entradas.
paste-not-a-number = O valor { $index } (“{ $text }”) não é um número. Cole só as saídas, uma por linha.
paste-count = { $found } números colados; esperados { $expected } (um por linha de check-inputs.csv, reduction="none") ou 1 (uma perda reduzida).
not-a-python-name = “{ $name }” não é um nome Python
check-intro = Código público de perda focal repete os mesmos poucos bugs sem parar. Rode o seu nestas { $rows } linhas (logits até ±30, γ de 0 a 5, α = 0,25, 0,5, 0,75 ou −1 para nenhum, como no torchvision) com reduction="none", cole as saídas e veja se estão certas e, se não, qual bug as explica.
check-step-inputs = 1. As entradas
check-download = Baixar { $file }
check-columns = Colunas { $columns }; também em { $file } ao lado desta página.
check-step-pytest = 2. Ou um arquivo pytest gerado
check-module = Módulo
check-function = Função
check-pytest-note = Ele chama { $call } (a assinatura do torchvision) em float64 e float32 e compara com os valores exatos (float32: dentro de { $rtol } relativo, ou { $atol } abaixo de { $floor }). { $command } imprime as saídas para colar abaixo.
check-step-paste = 3. Cole suas saídas
check-paste-label = Um número por linha, na ordem das entradas (um tensor impresso funciona), ou um número para uma perda reduzida
check-run = Conferir
check-or-try = ou experimente:
check-an-example = um exemplo…
check-exact = os valores exatos
check-float32 = correto, em float32
check-gallery = A galeria de bugs
check-usually = Costuma vir de:
check-fix = Correção:
check-correct = Correto: toda linha coincide com a perda focal exata.
check-bug = Bug: { $bug }.
check-reduced = Uma perda reduzida: { $reduction }.
check-closest = A entrada mais próxima da galeria, { $bug }, coincide em { $n } de { $rows } linhas.
check-no-match = Nenhuma correspondência: as saídas não são nem os valores exatos nem algum bug da galeria.
check-no-match-end = As maiores diferenças estão marcadas abaixo.
check-largest = Maior erro em relação aos valores exatos:
check-floor = (relativo; valores abaixo de { $floor } contam como { $floor }).
check-disagree = { $n } de { $rows } linhas não coincidem.
check-row-by-row = Linha por linha
check-table = Suas saídas linha por linha
check-col-yours = sua
check-col-expected = esperado
check-col-error = erro
export-series = série
export-p-positive = p(positivo)
