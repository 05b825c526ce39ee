"""Common English-language given names by usual gender, for "he"/"she" agreement.

Written from general knowledge (the usual gender of frequent given names in English-language
news: US, UK, and common names of world political figures). A name missing here is
simply of unknown gender; a name used for both sexes (Jordan, Taylor, Kelly, Leslie) is
left out on purpose, so it never blocks a match.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MALE_GIVEN = _words(
    """
    aaron abdul abdullah abraham adam adrian ahmed al alan albert alberto alec alejandro alex
    alexander alexei alfred ali allen alvin amir anderson andre andrew andy angelo anthony antonio
    archie arnold arthur ashton austin barack barry bart ben benjamin benny bernard bernie bert
    bill billy bob bobby boris brad bradley brandon brendan brent brett brian bruce bryan bryce
    buck bud burt byron calvin cameron carl carlos cecil cesar chad charles charlie chester chris
    christian christopher chuck clarence clark claude clay clifford clint clinton clyde cody colin
    conrad corey cory craig curtis dale dallas damon dan daniel danny darrell darren dave david
    dean dennis derek devin dick dmitry dominic don donald doug douglas duane dustin dwayne dwight
    earl ed eddie edgar eduardo edward edwin elijah elliott emmanuel enrique eric erik ernest
    ernesto ethan eugene evan fabio felix fernando floyd francis francisco frank franklin fred
    frederick gabriel garrett gary gavin gene geoffrey george gerald gerard gilbert giuseppe glenn
    gordon graham grant greg gregory gus guy hal hank hans harold harris harrison harry harvey
    hassan hector henry herbert herman howard hugh hugo ian ibrahim igor isaac ivan jack jacob jake
    james jamal jared jason javier jay jeb jeff jeffrey jeh jeremy jerome jerry jesse jesus jim
    jimmy joaquin joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian
    justin karl keith ken kenneth kent kevin khalid kirk klaus kurt kyle lamar lance larry lars
    lawrence lee leo leon leonard leroy lewis lincoln lloyd logan lorenzo louis luca lucas luis
    luke malcolm manuel marc marco marcus mario mark marshall martin marvin mathew matt matteo
    matthew maurice max maxwell melvin michael miguel mike milton mitch mitchell mitt mohammed
    mahmoud muhammad murray nathan nathaniel neal neil nelson newt nicholas nick nicolas nigel noah
    norman oliver omar oscar otto owen pablo patrick paul pedro pete peter phil philip phillip
    pierre ralph ramon randall randy ray raymond reggie reginald reince rex ricardo richard rick
    ricky rob robert roberto rod rodney roger roland ron ronald ross roy ruben rudy rudolph rupert
    russell ryan salvador sam samuel saul scott sean sergei sergio seth shane shawn sheldon sidney
    simon stanley stefan stephen steve steven stuart ted terrence theodore thomas tim timothy todd
    tom tommy tony travis trent trevor troy tyler uri vernon victor vincent vladimir wade walter
    warren wayne wesley wilbur will willard william willie wilson xavier yusuf zachary zach
    emanuel rahm reza vladislav yuri viktor recep narendra shinzo xi moon benjamin bibi jens
    mariano mauricio enrique nicolas hugo rodrigo jair hamid hasan mustafa ahmad bashar hosni
    abdel fidel raul ehud ariel yitzhak shimon avigdor naftali mahmud ayman osama
    """
)

FEMALE_GIVEN = _words(
    """
    abby abigail ada adele adriana adrienne agnes aileen alexandra alexis alice alicia alison
    allison alyssa amanda amber amelia amy ana andrea angela angelica angelina angelique angie anita
    ann anna anne annette annie antoinette april arlene ashley audrey barbara beatrice becky
    belinda bernadette beth bethany betsy betty beverly bianca bonnie brenda bridget brittany
    brooke camila candace cara carla carly carmen carol carole caroline carolyn cassandra catherine
    cathy cecilia celeste charlene charlotte chelsea cheryl chloe christina christine cindy claire
    clara claudia colleen condoleezza connie constance courtney crystal cynthia daisy dana daniela
    danielle daphne darlene dawn deborah debbie debra delores denise diana diane dianne dolores
    donna dora doris dorothy edith eileen elaine eleanor elena elisabeth eliza elizabeth ella ellen
    eloise elsa emily emma erica erin esther ethel eugenia eva evelyn faith felicia fiona florence
    frances francesca gabriela gabrielle gail georgia geraldine gina ginger gladys gloria grace
    greta gretchen gwen gwendolyn hannah harriet hazel heather heidi helen helena hilary hillary
    holly hope huma ida ilhan irene iris isabel isabella ivana ivanka jackie jacqueline jan jane
    janet janice jasmine jeanne jeannette jenna jennifer jenny jessica jill joan joanna joanne
    jocelyn josephine joy joyce juanita judith judy julia julie juliet june justine kamala karen
    karin kate katharine katherine kathleen kathryn kathy katie katrina kay kayla kellyanne kim
    kimberly kirsten kristen kristin kristina krystal laura lauren laurie leah lena linda lisa liz
    lois lorena loretta lori lorraine louise lucia lucy lydia lynn mabel madeleine madeline madison
    mae maggie mandy marcia margaret margarita margo maria marian marianne marie marilyn marina
    marjorie marlene martha mary maureen maxine megan meghan melania melanie melinda melissa
    melody mercedes meredith mia michele michelle mildred miranda molly monica monique muriel myra
    nadia nancy naomi natalie natasha nicole nikki nina nora norma olga olivia pam pamela patricia
    patsy patty paula pauline peggy penelope penny phyllis polly priscilla rachel ramona rebecca
    regina renee rhonda rita roberta rosa rosalind rose rosemary ruth sabrina sally samantha sandra
    sara sarah serena sharon sheila shelley sheryl shirley silvia sofia sonia sophia sophie stacey
    stacy stella stephanie sue susan susanne suzanne sylvia tamara tammy tanya tara teresa theresa
    tiffany tina tracy tulsi ursula valerie vanessa vera veronica vicki victoria violet virginia
    vivian wanda wendy whitney yolanda yvonne zoe angela marine nicola christiane federica hanna
    aung sheikh benazir indira golda cristina dilma michelle nancy elise kirstjen betsy nikki
    """
)
# "Aung" (San Suu Kyi) is a woman's given name in practice; "Sheikh" is not a name: drop it.
FEMALE_GIVEN = FEMALE_GIVEN - {"sheikh"}

# The first short lists of the extractor (political figures of the news), kept as written.
MALE_GIVEN = MALE_GIVEN | _words(
    """
    james john robert michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
    jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
    samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan
    henry douglas zachary peter kyle noah ethan jeremy walter christian keith roger terry austin
    sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan
    albert willie alan eugene russell vincent philip bobby johnny bradley roy ralph randy wayne
    howard barack bernie mitt mike ted marco rand chris jeb bill tim newt rudy reince vladimir boris
    emmanuel justin xi recep benjamin narendra kim mohammed muhammad ahmed ali hassan omar ibrahim
    yusuf mahmoud abdullah khalid sergei dmitry francois pierre jean hans klaus angelo giuseppe
    carlos juan luis miguel pedro jorge fernando manuel antonio rahm eric jim tom dan ben sam nick
    josh matt steve dick harry hank ed al ron doug greg phil rick ken lindsey
    """
)
FEMALE_GIVEN = FEMALE_GIVEN | _words(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah
    stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
    nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather
    diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
    cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice
    madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia
    marie diana brittany natalie isabella charlotte rose alexis kayla hillary chelsea michelle
    melania ivanka kellyanne huma hope claire sophie chloe marta helena greta ilse nora anne sarah nikki condoleezza nancy elizabeth angela theresa marine
    ursula christine kamala tulsi jill donna debbie hope kate katie liz beth sue meg jen jenny becky
    kathy patty peggy connie leslie malkia ava alicia janet loretta valerie susan samantha
    """
)

#: Given names used for both sexes: on neither list, so the article's pronouns decide.
AMBIGUOUS_GIVEN = _words(
    """
    jordan taylor kelly leslie lindsey kim terry jamie casey morgan alexis robin sandy tracy
    """
)
MALE_GIVEN = MALE_GIVEN - AMBIGUOUS_GIVEN
FEMALE_GIVEN = FEMALE_GIVEN - AMBIGUOUS_GIVEN
