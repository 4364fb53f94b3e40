# Focal Loss Explorer: español. Términos: i18n/glossary.md.

lang-auto = Idioma del navegador
true-class-positive = positiva (peso α)
true-class-negative = negativa (peso 1 − α)
panel-page = la página entera
panel-explorer = Explorador
panel-imbalance = Desbalance de clases
panel-calculators = Calculadoras
panel-variants = Variantes
panel-multi-class = Multiclase
panel-lab = Laboratorio de entrenamiento
panel-yours = Tus predicciones
panel-code = Úsala en tu código
panel-check = Comprueba tu implementación
theme-auto = del sistema
theme-light = claro
theme-dark = oscuro
bench-off = no
bench-explorer = latencia del Explorador
bench-imbalance = latencia del desbalance
bench-train = rendimiento del entrenamiento
bench-smooth = tiempos de fotograma al entrenar
bench-memory = memoria en una sesión larga
bench-paints = contar los repintados de cada gráfico
optimiser-full-batch = descenso de gradiente por lote completo
optimiser-sgd = SGD por minilotes, momento 0,9, lote de 1024
schedule-constant = constante
schedule-linear = lineal de γ inicial a γ final
lab-loss-cross-entropy = entropía cruzada (CE)
lab-loss-balanced-cross-entropy = CE balanceada con α
lab-loss-focal = pérdida focal (γ, α)
lab-loss-focal-no-alpha = pérdida focal (γ, sin α)
lab-loss-focal-star = FL* (γ, β = 1)
lab-loss-ohem = CE + minería de ejemplos difíciles 1:3
lab-loss-focal-ohem = FL + minería de ejemplos difíciles 1:3 (γ, α)
lab-loss-class-balanced-focal = FL balanceada por clase (β = 0,9999)
prior-start-both = ambas ejecuciones
prior-start-neither = ninguna (b = 0)
prior-start-only-b = solo la ejecución B (A empieza en b = 0)
yes-no-yes = sí
yes-no-no = no
mode-live = en vivo
mode-run = ejecución sin interfaz
scenario-custom = ajustes propios
scenario-helps = la pérdida focal ayuda: un presupuesto limitado
scenario-prior = la inicialización con la probabilidad a priori (§3.3)
scenario-convex = bien especificado, entrenado largo: un empate
scenario-alpha = α con γ = 2: el umbral, no el orden
param-objects-label = Objetos entre ellos P
param-objects-spoken = objetos
param-counts-label = Ejemplos por clase
param-counts-spoken = ejemplos por clase
param-beta-label = β balanceada por clase
param-beta-spoken = beta
param-hide-label = Paneles y controles ocultos
param-hide-spoken = ocultos
param-lock-label = Controles bloqueados
param-lock-spoken = bloqueados
param-quiz-label = Preguntas mostradas
param-quiz-spoken = preguntas
param-present-label = Modo presentación
param-present-spoken = modo presentación
param-pt-label = p_t (probabilidad de la clase verdadera)
param-pt-spoken = p t
param-y-label = Clase verdadera
param-y-spoken = clase verdadera
param-ratio-label = Desbalance: negativos por positivo
param-ratio-spoken = proporción
param-neg-label = Negativos: p_t medio (qué tan fáciles)
param-neg-spoken = p t medio de los negativos
param-pos-label = Positivos: p_t medio (qué tan difíciles)
param-pos-spoken = p t medio de los positivos
param-spread-label = Dispersión: desv. estándar de logit(p_t)
param-spread-spoken = dispersión
param-anchors-label = Ejemplos (anclas) N
param-anchors-spoken = anclas
param-lrsched-label = Programa de la tasa de aprendizaje
param-lrsched-spoken = programa de la tasa de aprendizaje
param-seed-label = Semilla
param-seed-spoken = semilla
param-shape-label = Forma
param-shape-spoken = forma
param-npos-label = Positivos
param-npos-spoken = positivos
param-lratio-label = Negativos por positivo
param-lratio-spoken = proporción
param-hard-label = Negativos difíciles (fracción)
param-hard-spoken = fracción difícil
param-quad-label = Rasgos cuadráticos (x², y², xy)
param-quad-spoken = rasgos cuadráticos
param-useprior-label = Sesgo a partir de la probabilidad a priori π
param-useprior-spoken = sesgo a partir de la probabilidad a priori
param-opt-label = Optimizador
param-opt-spoken = optimizador
param-lr-label = Tasa de aprendizaje
param-lr-spoken = tasa de aprendizaje
param-warmup-label = Épocas de calentamiento
param-warmup-spoken = calentamiento
param-clip-label = Recortar la norma del gradiente (0: no)
param-clip-spoken = recorte
param-norm-label = Normalizar la pérdida por
param-norm-spoken = normalizar la pérdida por
param-sched-label = Programa de γ
param-sched-spoken = programa de γ
param-g0-label = γ inicial
param-g0-spoken = gamma inicial
param-g1-label = γ final
param-g1-spoken = gamma final
param-epochs-label = Épocas (previstas)
param-epochs-spoken = épocas
param-speed-label = Velocidad (épocas por fotograma)
param-speed-spoken = velocidad
param-thr-label = Umbral
param-thr-spoken = umbral
param-lab-label = Modo del laboratorio
param-lab-spoken = modo del laboratorio
param-dump-label = Volcar la partición de prueba
param-dump-spoken = volcar la partición de prueba
param-scenario-label = Escenario
param-scenario-spoken = escenario del laboratorio
param-mclogits-label = Logits
param-mclogits-spoken = logits
param-mct-label = Clase objetivo
param-mct-spoken = clase objetivo
param-mcalpha-label = α por clase
param-mcalpha-spoken = alfa
param-embed-label = Insertar
param-embed-spoken = insertar
param-theme-label = Tema
param-theme-spoken = tema
param-bench-label = Prueba de rendimiento
param-bench-spoken = prueba de rendimiento
param-gamma-label = γ (enfoque)
param-gamma-spoken = gamma
param-alpha-label = α (peso de los positivos)
param-alpha-spoken = alfa
param-alpha-off = Sin α (peso 1 para cada ejemplo, como α = −1 en torchvision)
param-prior-label = Probabilidad a priori π
param-prior-spoken = probabilidad a priori
param-eps-label = ε de Poly-1
param-eps-spoken = épsilon
run-a-loss = Pérdida de la ejecución A
run-b-loss = Pérdida de la ejecución B
run-a-gamma = γ de la ejecución A
run-a-gamma-spoken = gamma de la ejecución A
run-a-alpha = α de la ejecución A
run-a-alpha-spoken = alfa de la ejecución A
run-b-gamma = γ de la ejecución B
run-b-gamma-spoken = gamma de la ejecución B
run-b-alpha = α de la ejecución B
run-b-alpha-spoken = alfa de la ejecución B
lr-schedule-const = constante
lr-schedule-seed = calentamiento desde 0,1× durante 10 épocas, luego ×0,1 en el último 20 %
shape-blobs = nubes
shape-ring = positivos en un anillo
shape-cluster = grupo positivo dentro de un anillo negativo
shape-beside = negativos difíciles junto a los positivos, una nube amplia y fácil debajo
normalisation-pos = el número de positivos
normalisation-mean = el número de ejemplos (media)
control-exact-value = { $label } (valor exacto)
control-outside = { $raw } está fuera de { $min } a { $max }; se usa { $used }.
control-not-a-number = «{ $raw }» no es un número. Escribe un valor de { $min } a { $max }.
list-entry = { $item } { $k }
list-item-class = clase
list-item-alpha = α
list-add-class = Añadir una clase
list-remove-class = Quitar la última clase
list-add-alpha = Añadir una α
list-remove-alpha = Quitar la última α
param-lang-label = Idioma
param-lang-spoken = idioma
locked-note = Fijado por el enlace de tu docente.
chart-hover-hint = Señala el gráfico para leer sus valores.
page-title = Explorador de la pérdida focal
embedded-title = Explorador de la pérdida focal: { $panel }
lede-before = La pérdida focal (focal loss; Lin et al., 2017) multiplica la entropía cruzada por
lede-after = para que los muchos ejemplos fáciles dejen de ahogar a los pocos difíciles. Mueve los controles deslizantes y observa.
colophon-paper = Lin, Goyal, Girshick, He, Dollár: «Focal Loss for Dense Object Detection», ICCV 2017.
colophon-numbers = Los números coinciden con sigmoid_focal_loss de torchvision. Funciona sin conexión una vez cargado.
tool-embed = Insertar…
tool-exercise = Crear un enlace de ejercicio…
tool-present = Modo presentación
toolbar-label = Herramientas de la página
share-button = Copiar el enlace a este estado
share-copied = Enlace copiado (si tu navegador lo permitió):
share-permalink = Enlace permanente
embed-frame-title = Explorador de la pérdida focal: { $panel }
embed-panel-label = Panel que insertar
embed-paste = Pega esto en tu página:
embed-resize-comment = Opcional: deja que el marco ajuste su tamaño (consulta embed-resize.js junto a la aplicación)
embed-copy = Copiar el fragmento
example-easy = Ejemplo fácil (p_t = { $pt })
example-easy-why = Ya bien clasificado: la pérdida focal reduce su pérdida por (1 − { $pt })^γ, a casi nada.
example-hard = Ejemplo difícil (p_t = { $pt })
example-hard-why = Mal clasificado: (1 − { $pt })^γ queda cerca de 1, así que la pérdida focal conserva casi toda su entropía cruzada.
example-paper-100 = Artículo: γ = { $gamma }, p_t = { $pt } → { $ratio }×
example-paper-100-why = El primer punto de control del artículo: con γ = { $gamma } y sin α, un ejemplo con p_t = { $pt } tiene { $ratio }× menos pérdida que con CE.
example-paper-1000 = Artículo: γ = { $gamma }, p_t ≈ { $pt } → ~{ $ratio }×
example-paper-1000-why = El segundo punto de control del artículo: con p_t ≈ { $pt } la pérdida es unas { $ratio }× menor (exactamente { $exact }× con { $pt }).
examples-label = Ejemplos
readout-ce = Entropía cruzada CE = −ln p_t
readout-modulating = Factor modulador (1 − p_t)^γ
readout-fl = Pérdida focal FL
legend-label = Leyenda de los gráficos
legend-current = { $gamma } (actual)
legend-point = el punto actual
explorer-chart-summary = { $title }. Curvas para γ = { $gammas } y la γ actual = { $gamma }. Punto marcado: p_t = { $x }, valor { $y }.
present-lab-why = El escenario del laboratorio: su pie dice qué observar.
chart-loss-title = pérdida focal frente a p_t
chart-loss-title-weighted = pérdida focal ponderada por α_t frente a p_t
chart-modulating-title = factor modulador (1 − p_t)^γ
chart-gradient-title = |dFL/dlogit| frente a p_t
chart-gradient-title-weighted = |dFL/dlogit| ponderado por α_t frente a p_t
axis-loss = pérdida
axis-factor = factor
axis-gradient = |gradiente|
axis-pt = p_t (probabilidad de la clase verdadera)
times-zero = FL es 0: α_t = 0 elimina este ejemplo
times-equal = FL es igual a CE (sin reducción de peso)
times-smaller = FL es { $ratio }× menor que CE
formula-ce = entropía cruzada
formula-fl = pérdida focal
formula-gradient = gradiente de la pérdida focal respecto al logit
table-show = Mostrar como tabla
table-hide = Ocultar la tabla
chart-export = { $title }: exportar
chart-as-table = { $title } como tabla
correction-not-a-number = { $key }=“{ $given }” no es un número, así que se usa { $key } = { $used }.
correction-below-min = { $key }=“{ $given }” está por debajo del menor valor permitido, así que se usa { $key } = { $used }.
correction-above-max = { $key }=“{ $given }” está por encima del mayor valor permitido, así que se usa { $key } = { $used }.
correction-unknown-option = { $key }=“{ $given }” no es una de las opciones, así que se usa { $key } = { $used }.
correction-repeated = { $key }=“{ $given }” aparece más de una vez y cuenta la última, así que se usa { $key } = { $used }.
correction-wrong-length = { $key }=“{ $given }” tiene demasiadas o muy pocas entradas, así que se usa { $key } = { $used }.
correction-inconsistent = { $key }=“{ $given }” no encaja con los demás ajustes, así que se usa { $key } = { $used }.
correction-not-whole = { $key }=“{ $given }” no es un número entero, así que se usa { $key } = { $used }.
correction-unknown-name = { $key }=“{ $given }” nombra algo que esta página no tiene, así que se usa { $key } = { $used }.
notice-heading = Se ajustaron algunos parámetros del enlace:
notice-dismiss = Cerrar
later-failed = El resto de la página no se cargó (¿no hay conexión?). El Explorador de arriba funciona.
later-retry = Reintentar
panic-before = Algo salió mal —
panic-reload = recargar
panic-after = (tus ajustes se conservan en el enlace).
imbalance-sentence-less = Con { $ratio }, los negativos (p_t medio { $pt }) aportan { $ce } de la pérdida CE pero solo { $fl } de la pérdida focal (γ = { $gamma }).
imbalance-sentence-more = Con { $ratio }, los negativos (p_t medio { $pt }) aportan { $ce } de la pérdida CE y { $fl } de la pérdida focal (γ = { $gamma }).
verdict-start = Pulsa Reproducir (o Paso) para entrenar ambas ejecuciones desde los mismos pesos iniciales.
verdict-tie = Tras { $epoch } épocas ambas ejecuciones ordenan el conjunto de prueba casi igual de bien (AP { $a } para A, { $b } para B).
verdict-lead = Tras { $epoch } épocas la ejecución { $winner } ({ $w }) supera a la { $loser } ({ $l }) por { $gap } de AP ({ $high } frente a { $low }).
verdict-best = La mejor AP posible en esta partición de prueba (ordenando por la razón de verosimilitud exacta de las distribuciones de los datos) es { $best }: A alcanza { $a } de ella, B { $b }. Exhaustividad (recall) en 0,5: A { $ra }, B { $rb }.
verdict-why-tie = Es lo esperado una vez que el entrenamiento converge: en ambas colas la pérdida focal se comporta como la entropía cruzada sobre logits tres veces mayores, así que un modelo que puede escalar sus pesos llega a casi el mismo orden con cualquiera de las dos. La pérdida focal cambia a qué ejemplos escucha el gradiente (mira las primeras épocas y las CDF de la pérdida) y cómo se calibran las probabilidades. Las grandes mejoras del artículo vienen de detectores profundos que puntúan 100 000 anclas por imagen, donde los negativos fáciles dominan cada paso.
multiclass-heading = Pérdida focal multiclase (softmax)
multiclass-intro = FL = −α_t (1 − p_t)^γ ln p_t con p = softmax(logits); α es por clase (la convención de Keras).
multiclass-target-row = { $k } (objetivo)
multiclass-class = clase { $k }
multiclass-table = Tabla multiclase
multiclass-col-class = clase
multiclass-col-logit = logit
multiclass-col-p = p softmax
multiclass-ce = CE = −ln p_objetivo
variant-ce-citation = entropía cruzada; pérdida focal con γ = 0
variant-flstar-citation = Lin et al. 2017, apéndice A (con γ = 2, β = 1 y γ = 4, β = 0)
variant-flsd-formula = pérdida focal con γ = 5 donde p_t < 0,2, y γ = 3 en otro caso
variants-chart-title = pérdida frente a p_t para un positivo, por variante
variants-heading = Variantes, lado a lado
variants-summary = Pérdida frente a p_t para un ejemplo positivo con CE, pérdida focal con γ = { $gamma }, FL* (γ = 2, β = 1 y γ = 4, β = 0), Poly-1 con ε = { $epsilon } y FLSD-53.
imbalance-heading = Desbalance de clases: por qué los negativos fáciles ahogan a la entropía cruzada
imbalance-intro-1 = Un detector denso puntúa unas { $anchors } cajas candidatas por imagen y menos de { $objects } son objetos.
imbalance-intro-2 = Cada negativo fácil tiene una pérdida pequeña, pero son tantos que con entropía cruzada dominan tanto la pérdida como el gradiente.
imbalance-intro-3 = Aquí el p_t de cada clase sigue una distribución logit-normal; las esperanzas se integran numéricamente.
shares-table = Tabla de proporciones de la pérdida
shares-caption = Por ejemplo y sobre N = { $n } ejemplos
shares-col-loss = pérdida
shares-col-pos = por positivo
shares-col-neg = por negativo
shares-col-total = total sobre N
shares-col-share = proporción de la pérdida de los negativos
shares-col-grad = proporción del |gradiente| de los negativos
gamma-row-current = { $gamma } (actual)
gamma-table = Tabla del efecto de γ
gamma-caption = Cómo pondera γ un ejemplo fácil (p_t = { $easy }) frente a uno difícil (p_t = { $hard }): (1 − p_t)^γ
gamma-col-easy = peso fácil
gamma-col-hard = peso difícil
gamma-col-ratio = difícil ÷ fácil
share-summary = Fracción de la pérdida y del gradiente que aportan los negativos para proporciones de 1:1 a 1:100 000, con CE, α-CE y FL. { $sentence }
mass-summary = Dónde está la pérdida { $loss } sobre p_t: los negativos en torno a p_t { $neg } aportan { $share }, los positivos en torno a p_t { $pos } el resto.
imbalance-chart-note-1 = Izquierda: las líneas continuas son la proporción de la pérdida y las discontinuas la del |gradiente|; la línea vertical es la proporción actual.
imbalance-chart-note-2 = Centro y derecha: recuento × densidad × pérdida de cada clase, como proporción del total, de modo que el área bajo ambas curvas es 1.
share-series-loss = pérdida { $loss }
share-series-grad = |gradiente| { $loss }
share-chart-title = proporción de los negativos (continua: pérdida, discontinua: |gradiente|)
share-axis-x = negativos por positivo
share-axis-y = fracción de los negativos
mass-negatives = negativos
mass-positives = positivos
mass-chart-title = dónde está la pérdida { $loss }
mass-axis-x = p_t (escala log-odds)
mass-axis-y = proporción de la pérdida total
alpha-calc-heading = α a partir de las frecuencias de clase
alpha-table = Tabla de pesos por clase
alpha-col-count = recuento
alpha-col-freq = frecuencia
alpha-col-inv = frecuencia inversa N/(K·n), recortada a [{ $lo }, { $hi }]
alpha-col-cb = balanceada por clase (Cui et al. 2019)
alpha-col-from-freq = α por frecuencia 1 − n/N, recortada a [{ $lo }, { $hi }]
alpha-note-1 = Los pesos balanceados por clase usan el número efectivo (1 − βⁿ)/(1 − β) y se normalizan para sumar el número de clases.
alpha-note-2 = La última columna es la regla de muchas bases de código de pérdida focal («α por frecuencia»): 1 − n/N por clase, recortada, sin normalizar; a diferencia de la frecuencia inversa no puede pasar de 0,9 por rara que sea una clase, y a diferencia de los pesos balanceados por clase ignora cuántos ejemplos tiene una clase en términos absolutos, solo su proporción.
alpha-note-3 = Observa que la α = 0,25 binaria del artículo va en sentido contrario a la frecuencia inversa: una vez que γ ha reducido el peso de los negativos fáciles, la mejor α da a los positivos raros menos peso, no más (Lin et al., Tabla 1a).
prior-heading = Inicialización del sesgo con la probabilidad a priori (§3.3)
prior-bias = sesgo b = −ln((1 − π)/π)
prior-ce-zero = CE inicial, b = 0
prior-ce-prior = CE inicial, b a partir de π
prior-fl-zero = FL inicial, b = 0
prior-fl-prior = FL inicial, b a partir de π
prior-sentence = Con b = 0 cada ancla empieza en p = 0,5, así que el fondo por sí solo aporta { $zero } a la primera pérdida; empezar en p = π la reduce a { $prior }, y el entrenamiento es estable desde el primer paso.
caption-custom = Ajustes libres. Elige un escenario arriba para ver demostrada una afirmación, o cambia lo que quieras abajo.
caption-helps = La ejecución B (pérdida focal, γ = { $gamma }, sin α) ordena el conjunto de prueba mejor que la A (entropía cruzada) tras { $epochs } épocas de descenso por lote completo: por al menos { $min } de AP en cada semilla que comprueban las pruebas. Observa el monitor de la proporción fácil y la Fig. 4: con CE los { $easy } negativos fáciles llevan la mayor parte del gradiente, así que los primeros pasos de CE sobre todo encogen el peso a lo largo del eje ancho de la nube fácil, justo la dirección que separa los { $positives } positivos de los { $hard } negativos difíciles que tienen al lado; los pasos de FL siguen desde el principio a los positivos frente a los negativos difíciles. Ambas quedan muy por debajo de la línea de Bayes: un modelo lineal no puede ajustarse a esta disposición. Sube las épocas para ver un presupuesto mayor: en ambas colas FL(z) se comporta como CE(3z), así que un modelo que puede escalar sus logits puede llegar al mismo orden con cualquiera de las dos. Aquí la pérdida focal llega antes.
caption-prior = Ambas ejecuciones usan la misma pérdida (pérdida focal, γ = { $gamma }); solo difieren en dónde empieza el sesgo: la A en b = 0 y la B en b = −ln((1 − π)/π) con π = { $prior } (§3.3 del artículo). Con b = 0 cada uno de los { $negatives } negativos empieza en p = 0,5 con una pérdida grande, y su gradiente domina los primeros pasos: tras { $epochs } épocas la B supera a la A por al menos { $min } de AP en cada semilla que comprueban las pruebas. La línea de Bayes muestra cuánto se acerca B.
caption-convex = Dos clases gaussianas con rasgos cuadráticos: el modelo está bien especificado (la razón de log-verosimilitud exacta es cuadrática) y la pérdida es convexa. Tras { $epochs } épocas de SGD por minilotes ambas ejecuciones terminan a menos de { $bayes } de AP de la línea de Bayes y a menos de { $each } de AP entre sí en cada semilla que comprueban las pruebas. Aquí la pérdida focal no puede ayudar: con una pérdida convexa y un modelo que contiene el mejor orden, cualquier pérdida propia entrenada lo suficiente lo encuentra.
caption-alpha = Dos ejecuciones con pérdida focal y γ = { $gamma }: la A con α = { $alpha-a } y la B con α = { $alpha-b } (la elección del artículo para γ = 2). α pondera los positivos frente a los negativos, y eso desplaza cada puntuación más de lo que las reordena: tras { $epochs } épocas las dos AP quedan a menos de { $band } entre sí en cada semilla que comprueban las pruebas, mientras que en el umbral { $threshold } la exhaustividad de A es al menos { $recall } mayor y la precisión de B al menos { $precision } mayor. En este modelo α decide sobre todo dónde corta un umbral, no lo bien que ordenan las ejecuciones.
lab-heading = Laboratorio de entrenamiento: entropía cruzada frente a pérdida focal con datos { $ratio }
lab-intro-1 = Dos modelos de regresión logística, A y B, se entrenan a la par con los mismos datos sintéticos y los mismos pesos iniciales; solo difieren sus pérdidas.
lab-intro-2 = Las métricas se miden en una partición de prueba apartada, generada igual. Con desbalance la exactitud no dice nada (predecir «negativo» en todas partes acierta el { $accuracy }), así que mira la AP, la precisión y la exhaustividad (recall).
lab-capped = Se usan { $used } positivos en lugar de { $asked }: una partición tiene como mucho { $max } ejemplos con esta proporción.
lab-bayes = mejor AP posible (orden bayesiano óptimo de la partición de prueba)
lab-buttons = Entrenamiento
lab-play = Reproducir
lab-pause = Pausa
lab-step = Avanzar una época
lab-reset = Reiniciar
lab-epoch = época
lab-export-csv = Exportar datos (CSV)
lab-export-json = Exportar historial (JSON)
lab-chart-pending = Un gráfico del laboratorio, cuando sus datos estén dibujados
heatmap-summary = { $title }: la probabilidad del modelo sobre el plano (azul negativo, naranja positivo), con { $positives } positivos y una muestra de { $negatives } negativos.
run-heading = Ejecución { $run } — { $loss }
run-train-loss = pérdida de entrenamiento
run-test-loss = pérdida de prueba
run-ap = AP (prueba)
run-ap-share = AP como proporción de la mejor posible
run-roc-auc = ROC-AUC (prueba)
run-precision = precisión en { $threshold }
run-recall = exhaustividad en { $threshold }
run-easy-share = proporción de la pérdida de ejemplos fáciles (p_t > { $pt })
run-weights = pesos (x, y, x², y², xy, sesgo):
confusion-caption = ejecución { $run } con umbral { $threshold }
confusion-predicted-pos = predicho +
confusion-predicted-neg = predicho −
confusion-actual-pos = real +
confusion-actual-neg = real −
scenario-modified = Estos ajustes difieren de los del escenario, así que su afirmación puede no cumplirse.
scenario-restore = Restaurar los ajustes del escenario
settings-heading = Ajustes
settings-data = Datos
settings-shape-note = Con esta disposición ninguna ejecución puede alcanzar la mejor AP posible: la mejor frontera es una curva frente a los negativos difíciles y otra frente a la nube fácil, y el modelo traza una sola línea (o, con rasgos cuadráticos, una sola cónica).
settings-optimisation = Optimización (ambas ejecuciones)
settings-adaptive = γ adaptativa: { $start } → { $end }
settings-run = Ejecución { $run }
settings-note = Cambiar un ajuste empieza un experimento nuevo (ambas ejecuciones se reinician). El programa de γ, cuando es lineal, sustituye la γ de cada ejecución focal.
diverged-loss = la pérdida de entrenamiento se volvió infinita o NaN
diverged-weights = los pesos se volvieron infinitos o NaN
diverged-exploded = la pérdida de entrenamiento se disparó a más de { $times }× su primer valor ({ $loss })
lab-diverged = La ejecución { $run } divergió en la época { $epoch }: { $why }. El entrenamiento está en pausa. Baja la tasa de aprendizaje, activa el recorte del gradiente o el calentamiento y pulsa Reiniciar.
lab-diverged-short = ejecución { $run } en la época { $epoch }: { $why }
heatmap-title = ejecución { $run } ({ $loss }): p(positivo)
published-summary = Resultados publicados como contexto (COCO, detectores profundos; no calculados aquí)
published-1a-label = Tabla 1a del artículo
published-1a = Lin et al. 2017, Tabla 1a: CE balanceada con α (γ = 0), ResNet-50, COCO minival
published-1b-label = Tabla 1b del artículo
published-1b = Lin et al. 2017, Tabla 1b: pérdida focal, mejor α para cada γ
published-coco-label = Tabla de detectores en COCO
published-coco = COCO test-dev según cada artículo (velocidades en el hardware de cada artículo; no comparables entre filas)
published-col-detector = detector
published-col-backbone = red base
published-col-source = fuente
detector-fcos-improved = FCOS con mejoras
source-fpn = Lin et al. 2017 (FPN), vía la Tabla 2 de RetinaNet
source-dssd = Fu et al. 2017 (DSSD), vía la Tabla 2 de RetinaNet
source-retinanet = Lin et al. 2017, Tabla 2
source-fcos = Tian et al. 2019 (ICCV), Tabla 5
source-fcos-improved = Tian et al. 2019, Tabla 5 (la fila con las mejoras posteriores)
lab-series-train = { $run } entrenamiento
lab-series-test = { $run } prueba
lab-loss-title = pérdida ÷ pérdida en la época 0
lab-loss-axis = pérdida relativa
lab-series-ap = { $run } AP
lab-bayes-series = mejor posible (Bayes)
lab-ap-title = precisión media (prueba)
lab-series-precision = { $run } precisión
lab-series-recall = { $run } exhaustividad
lab-pr-epochs-title = precisión y exhaustividad en { $threshold } (prueba)
lab-fraction-axis = fracción
lab-pr-title = precisión–exhaustividad ahora (prueba)
lab-axis-recall = exhaustividad
lab-axis-precision = precisión
lab-axis-epoch = época
cdf-positives = positivos γ = { $gamma }
cdf-negatives = negativos γ = { $gamma }
cdf-title = CDF de la pérdida, ejecución { $run } (Fig. 4 del artículo)
cdf-axis-x = fracción de ejemplos
cdf-axis-y = pérdida normalizada acumulada
quiz-ce-over-fl-q = Con γ = { $gamma } y sin α, un ejemplo fácil tiene p_t = { $pt }. ¿Cuántas veces menor que su entropía cruzada es su pérdida focal?
quiz-ce-over-fl-why = (1 − p_t)^γ = { $base }² = { $factor }, así que la pérdida focal es { $ratio }× menor que CE ({ $fl } frente a { $ce }). La idea del artículo: un ejemplo fácil apenas cuenta ya.
quiz-alpha-class-q = Con α = { $alpha }, ¿qué clase pesa más?
quiz-alpha-class-positives = los positivos (la clase rara)
quiz-alpha-class-negatives = los negativos (el fondo)
quiz-alpha-class-both = ambas igual
quiz-alpha-class-why = α es el peso de los positivos y 1 − α el de los negativos: { $pos } frente a { $neg }. Con γ = 2 el artículo encontró que α = 0,25 es la mejor: la pérdida focal ya acalla a los muchos negativos fáciles, así que la clase rara necesita menos ayuda de la que le da la CE balanceada con α.
quiz-prior-bias-q = ¿Qué sesgo b hace que un modelo nuevo prediga p = { $prior } para cada ancla (la probabilidad a priori π = { $prior })?
quiz-prior-bias-why = b = −ln((1 − π)/π) = −ln(99) = { $bias }. Empezando ahí, los { $negatives } negativos fáciles no dominan los primeros pasos del entrenamiento (§3.3 del artículo); b = 0 empieza cada ancla en p = 0,5.
quiz-gamma-zero-q = Con γ = 0 y sin α, la pérdida focal es…
quiz-gamma-zero-exact = exactamente la entropía cruzada
quiz-gamma-zero-half = la mitad de la entropía cruzada
quiz-gamma-zero-easy = cero para los ejemplos fáciles
quiz-gamma-zero-why = (1 − p_t)⁰ = 1 para todo p_t, así que FL = CE en cada ejemplo (comprobado aquí de −20 a 20 en el logit, para ambas clases). Con α es la CE balanceada con α.
quiz-neg-share-q = Con 1 positivo por cada { $negatives } negativos (las distribuciones de la vista de desbalance), ¿qué proporción de la pérdida de entropía cruzada viene de los negativos? (en %)
quiz-neg-share-why = { $share } de la pérdida CE viene de los negativos, aunque la pérdida de cada negativo fácil es pequeña: hay mil por cada positivo. Ese es el desbalance para el que se creó la pérdida focal.
quiz-hard-gradient-q = Un ejemplo difícil (p_t = { $pt }, γ = { $gamma }, sin α): ¿cuánto de su gradiente de entropía cruzada |dCE/dlogit| conserva la pérdida focal?
quiz-hard-gradient-all = casi todo
quiz-hard-gradient-half = más o menos la mitad
quiz-hard-gradient-tenth = una décima parte o menos
quiz-hard-gradient-why = { $kept } de él ({ $fl } frente a { $ce }); un ejemplo fácil (p_t = 0,9) conserva solo { $easy }. La pérdida focal baja el gradiente de los ejemplos fáciles, no el de los difíciles, así que los difíciles mandan.
quiz-alpha-ap-q = En el escenario α del laboratorio (γ = 2), ¿qué le hace α = 0,25 en lugar de 0,75 a la precisión media?
quiz-alpha-ap-raises = la sube claramente
quiz-alpha-ap-lowers = la baja claramente
quiz-alpha-ap-barely = apenas la cambia: α mueve el umbral, no el orden
quiz-alpha-ap-why = En cada semilla que probaron las pruebas, la AP de las dos ejecuciones queda a menos de 0,01 entre sí, mientras que en el umbral α = 0,75 tiene mayor exhaustividad y α = 0,25 mayor precisión: un peso de clase desplaza dónde caen las puntuaciones, no su orden.
quiz-fl-above-ce-q = ¿Puede la pérdida focal (γ ≥ 0, α en [0, 1] o ninguna) ser alguna vez mayor que la entropía cruzada en el mismo ejemplo?
quiz-fl-above-ce-yes = sí, en los ejemplos difíciles
quiz-fl-above-ce-no = no, nunca
quiz-fl-above-ce-why = No: (1 − p_t)^γ ≤ 1 y α_t ≤ 1, así que FL = α_t (1 − p_t)^γ CE ≤ CE en cada ejemplo. La pérdida focal solo quita, menos a los ejemplos difíciles que a los fáciles.
quiz-not-a-number = «{ $raw }» no es un número.
quiz-pick-first = Elige primero una de las respuestas.
quiz-right = Correcto. { $why }
quiz-wrong = No exactamente: { $answer }. { $why }
quiz-label = Ponte a prueba: { $panel }
quiz-heading = Ponte a prueba
quiz-your-answer = Tu respuesta…
quiz-check = Comprobar mi respuesta
quiz-forget = Olvidarla
exercise-group-shared = γ, α y la probabilidad a priori π (compartidas por varios paneles)
exercise-free = libre
exercise-locked = bloqueado en el valor de esta página
exercise-hidden = oculto
exercise-heading = Crear un enlace de ejercicio
exercise-note = El enlace conserva los valores actuales de esta página: fíjalos primero y luego elige qué ve el alumnado. Un control bloqueado muestra su valor y no se puede mover.
exercise-panels = Paneles que mostrar
exercise-controls = Controles
exercise-checks = Preguntas de «Ponte a prueba» que hacer
exercise-present = Abrir en modo presentación
exercise-link = El enlace del ejercicio:
exercise-copy = Copiar el enlace
exercise-preview = Vista previa
exercise-open-tab = Abrir en una pestaña nueva
exercise-frame = Vista previa del enlace del ejercicio
exercise-embed = O inserta un panel con los mismos controles ocultos y bloqueados:
exercise-snippet = Fragmento para insertar
present-intro = Modo presentación: → y ← recorren { $total } ajustes preparados.
present-region = Presentación
present-back = Ajuste anterior
present-next = Ajuste siguiente
present-exit = Salir del modo presentación
code-copy = Copiar
code-returns = devuelve para el punto actual
code-listing = código { $library }
code-intro = Para el punto actual del Explorador (p_t = { $pt }, un ejemplo { $class }), γ = { $gamma } y { $alpha }:
code-positive = positivo
code-negative = negativo
code-no-alpha = sin α
code-conventions = Convenciones que difieren entre bibliotecas
convention-torchvision = torchvision y fvcore dan α a los positivos y 1 − α a los negativos; α = −1 (el valor por defecto de fvcore) desactiva la ponderación. El valor por defecto de torchvision es α = 0,25.
convention-keras-alpha = BinaryFocalCrossentropy de Keras ignora α salvo con apply_class_balancing=True (por defecto False).
convention-keras-clip = Keras recorta las probabilidades a [1e-7, 1 − 1e-7], así que su pérdida se satura en −ln(1e-7) ≈ 16,1 incluso con from_logits=True, mientras que la de torchvision sigue creciendo linealmente con el logit.
convention-categorical = CategoricalFocalCrossentropy de Keras multiplica cada clase por α (un escalar o un valor por clase); kornia con un α escalar da a la clase 0 el peso 1 − α y a las demás α.
convention-soft = Etiquetas suaves: torchvision usa p_t = p·y + (1 − p)(1 − y) con la y suave; la pérdida focal binaria de kornia pondera por separado los dos términos logarítmicos, así que difieren para 0 < y < 1.
yours-kept = { $problem } Se conservan los datos mostrados antes.
yours-unreadable = No se pudo leer el archivo ({ $why }). Se conservan los datos mostrados antes.
yours-intro = ¿Qué haría la pérdida focal con las salidas de tu modelo? Carga una tabla con una fila de encabezado: label (0 o 1) y una de logit (una puntuación sin procesar) o prob (la probabilidad de la clase positiva); las demás columnas se ignoran, y sirven comas, tabuladores, puntos y coma o espacios. Las salidas sigmoide por clase de un detector se convierten en una fila por ancla y clase: label 1 donde el ancla está asignada a un objeto de esa clase.
yours-privacy = Tu archivo se lee en esta pestaña y nunca sale de ella: no se sube nada y los datos no se ponen en el enlace (el enlace solo guarda γ y α).
yours-open = Abrir un archivo (o soltarlo sobre este panel)
yours-sample = Cargar la muestra ({ $anchors } anclas, { $ratio })
yours-paste = Pegar filas en su lugar
yours-paste-label = Filas, con el encabezado primero
yours-load = Cargar las filas pegadas
yours-reading = Leyendo…
yours-described = { $rows } filas de { $source } ({ $delimiter }, columna { $column }), leídas y resumidas en { $seconds } s.
yours-none-refused = No se rechazó ninguna fila.
yours-refused-line = línea { $line }: { $problem }
yours-refused-many = Se rechazaron { $n } filas (se usan las buenas); las primeras { $listed }:
yours-refused-one = Se rechazó 1 fila (se usan las buenas):
yours-refused-some = Se rechazaron { $n } filas (se usan las buenas):
source-pasted = el texto pegado
source-sample = la muestra generada
unreadable-slice = no se pudo trocear el archivo
unreadable-refused = el navegador se negó a leerlo
delimiter-commas = comas
delimiter-tabs = tabuladores
delimiter-semicolons = puntos y coma
delimiter-spaces = espacios
yours-rows = filas usadas
yours-refused = filas rechazadas
yours-ap = precisión media
yours-shares = De dónde viene la pérdida
yours-shares-estimated = De dónde viene la pérdida (estimado mientras arrastras)
yours-shares-exact = De dónde viene la pérdida (exacto, cada fila)
yours-col-share = proporción del total
yours-col-ce = entropía cruzada
yours-col-fl = pérdida focal
yours-row-neg = pérdida de los negativos
yours-row-easy = pérdida de los ejemplos fáciles (p_t > { $pt })
yours-row-grad = |gradiente| de los negativos
yours-prior = tasa de positivos π
yours-mean-p = p predicho medio
yours-bias = sesgo a priori b = −ln((1 − π)/π)
yours-alpha-freq = α a partir de los recuentos
yours-pt-summary = Cómo se reparten los ejemplos de cada clase sobre p_t, en un eje log-odds.
yours-share-summary = Los negativos aportan { $fl } de la pérdida focal y { $grad } de su gradiente con γ = { $gamma }; { $ce } con entropía cruzada.
calibration-none = sin positivos no hay tasa con la que comparar
calibration-close = cerca de estar calibrado en promedio
calibration-over = { $ratio }× la tasa: sobrepredice positivos en promedio
calibration-under = { $ratio }× la tasa: infrapredice positivos en promedio
yours-prior-sentence = La probabilidad media de tu modelo es { $mean } frente a una tasa de positivos π = { $prior }: { $verdict }. Un modelo que empieza con el sesgo a priori del artículo b = { $bias } predice p = π para cada ancla.
yours-pt-title = dónde están tus ejemplos
yours-pt-axis = fracción de la clase
yours-share-gradient = su |gradiente|
yours-share-title = proporción de tus negativos frente a γ, con esta α
row-not-a-number = { $column } «{ $text }» no es un número
row-not-finite = { $column } es NaN o infinito
row-label = la etiqueta { $value } no es 0 ni 1
row-prob-range = la probabilidad { $value } está fuera de [0, 1]
row-infinite-loss = una probabilidad de exactamente 0 o 1 en la clase equivocada (pérdida infinita)
row-missing = falta la columna { $column }
row-column-count = { $found } columnas donde el encabezado tiene { $expected }
file-empty = El archivo está vacío.
file-header-only = El archivo tiene una fila de encabezado y ninguna fila de datos.
file-no-label = El encabezado no tiene columna «label» (0 para un negativo, 1 para un positivo).
file-both-scores = El encabezado tiene «logit» y «prob» a la vez: deja una, para que quede claro cuál usa la pérdida.
file-no-score = El encabezado no tiene ni «logit» (una puntuación sin procesar) ni «prob» (la probabilidad de la clase positiva).
file-not-text = No es un archivo de texto: guarda las predicciones como CSV o TSV.
file-too-large = El archivo ocupa { $size } MB; el límite es { $limit } MB. Toma primero una muestra de sus filas (cada k-ésima ancla).
file-no-good-rows = No se pudo usar ninguna fila; se listan los motivos de las primeras.
bug-alpha-everywhere-title = α en cada ejemplo
bug-alpha-everywhere-why = α multiplica la pérdida de cada ejemplo, así que solo es una escala: los negativos deberían recibir 1 − α.
bug-alpha-swapped-title = α al revés
bug-alpha-swapped-why = Los negativos reciben α y los positivos 1 − α: con α = 0,25 se reduce el peso de los positivos raros, no el de los negativos.
bug-log10-title = logaritmo en base 10
bug-log10-why = La entropía cruzada se calcula con log₁₀, así que cada pérdida es 1/ln 10 ≈ 0,434 de la verdadera.
bug-log2-title = logaritmo en base 2
bug-log2-why = La entropía cruzada se calcula con log₂, así que cada pérdida es 1/ln 2 ≈ 1,44 veces la verdadera.
bug-no-gamma-title = γ ignorada
bug-no-gamma-why = Falta el factor modulador (1 − p_t)^γ: la pérdida es la entropía cruzada balanceada con α sea cual sea γ.
bug-gamma-on-p-title = γ sobre p, no sobre p_t
bug-gamma-on-p-why = El factor usa p, la probabilidad de la clase positiva, en lugar de p_t: para un negativo (1 − p)^γ es máximo cuando es fácil, así que se aumenta el peso de los negativos fáciles en vez de reducirlo.
bug-double-sigmoid-title = sigmoide aplicada dos veces
bug-double-sigmoid-why = Las entradas pasan por una sigmoide que ya estaba aplicada, así que cada p queda en (0,5, 0,73) y la pérdida apenas depende del logit.
bug-double-sigmoid-fix = Pasa logits a una función que aplica la sigmoide, o probabilidades a una que no la aplica.
bug-keras-clamp-title = el recorte de Keras (una convención)
bug-keras-clamp-why = No es un error: p se recorta a [1e-7, 1 − 1e-7] dentro del logaritmo, como hace Keras, así que la pérdida de un ejemplo muy equivocado se detiene en −ln(1e-7) ≈ 16,1.
bug-keras-clamp-fix = Nada que corregir si querías BinaryFocalCrossentropy de Keras; calcula la CE a partir de logits para coincidir con torchvision.
bug-mean-title = la media
bug-mean-why = Tu único número es la media de las pérdidas exactas (reduction="mean").
bug-mean-fix = Correcto, si querías la media. El artículo normaliza en cambio por el número de positivos.
bug-sum-title = la suma
bug-sum-why = Tu único número es la suma de las pérdidas exactas (reduction="sum").
bug-sum-fix = Correcto, si querías la suma.
bug-sum-over-positives-title = la suma dividida por el número de positivos
bug-sum-over-positives-why = Tu único número es la suma de las pérdidas exactas dividida por el número de positivos: la normalización del artículo.
bug-sum-over-positives-fix = Correcto: así normaliza RetinaNet (por las anclas asignadas a objetos).
paste-empty = Pega primero las salidas de tu función: un número por línea, en el orden de las entradas.
paste-not-a-number = El valor { $index } («{ $text }») no es un número. Pega solo las salidas, una por línea.
paste-count = Se pegaron { $found } números; se esperaban { $expected } (uno por fila de check-inputs.csv, reduction="none") o 1 (una pérdida reducida).
not-a-python-name = «{ $name }» no es un nombre de Python
check-intro = El código público de pérdida focal repite una y otra vez los mismos pocos errores. Ejecuta el tuyo con estas { $rows } filas (logits hasta ±30, γ de 0 a 5, α = 0,25, 0,5, 0,75 o −1 para ninguna, como en torchvision) con reduction="none", pega sus salidas y comprueba si son correctas y, si no, qué error las explica.
check-step-inputs = 1. Las entradas
check-download = Descargar { $file }
check-columns = Columnas { $columns }; también en { $file } junto a esta página.
check-step-pytest = 2. O un archivo pytest generado
check-module = Módulo
check-function = Función
check-pytest-note = Llama a { $call } (la firma de torchvision) en float64 y float32 y compara con los valores exactos (float32: dentro de { $rtol } relativo, o { $atol } por debajo de { $floor }). { $command } imprime las salidas para pegarlas abajo.
check-step-paste = 3. Pega tus salidas
check-paste-label = Un número por línea, en el orden de las entradas (sirve un tensor impreso), o un solo número para una pérdida reducida
check-run = Comprobar
check-or-try = o prueba:
check-an-example = un ejemplo…
check-exact = los valores exactos
check-float32 = correcto, en float32
check-gallery = La galería de errores
check-usually = Suele venir de:
check-fix = Corrección:
check-correct = Correcto: cada fila coincide con la pérdida focal exacta.
check-bug = Error: { $bug }.
check-reduced = Una pérdida reducida: { $reduction }.
check-closest = La entrada más cercana de la galería, { $bug }, coincide en { $n } de { $rows } filas.
check-no-match = Sin coincidencia: las salidas no son ni los valores exactos ni ningún error de la galería.
check-no-match-end = Las mayores diferencias se marcan abajo.
check-largest = Mayor error frente a los valores exactos:
check-floor = (relativo; los valores por debajo de { $floor } cuentan como { $floor }).
check-disagree = { $n } de { $rows } filas no coinciden.
check-row-by-row = Fila por fila
check-table = Tus salidas fila por fila
check-col-yours = tuyo
check-col-expected = esperado
check-col-error = error
export-series = serie
export-p-positive = p(positivo)
